import { TABLES } from './tables.js';

/** A Frictionless Data Package describing the CSV tables (tabular-data-package profile). */
export function dataPackage(bom: boolean): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'budget-parse-output',
    title: 'Chinese government budget disclosures, parsed by budget-parse',
    resources: Object.entries(TABLES).map(([name, columns]) => ({
      name,
      path: `${name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: bom ? 'utf-8-sig' : 'utf-8',
      dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', header: true },
      schema: {
        fields: (columns as readonly { name: string; type: string; description: string; unit?: string }[]).map((c) => ({
          name: c.name,
          type: c.type,
          description: c.description,
          ...(c.unit === 'CNY' ? { unit: 'CNY', currency: 'CNY' } : c.unit ? { unit: c.unit } : {}),
        })),
        ...(name === 'documents' ? { primaryKey: ['document_id'] } : {}),
        ...(name !== 'documents'
          ? { foreignKeys: [{ fields: ['document_id'], reference: { resource: 'documents', fields: ['document_id'] } }] }
          : {}),
      },
    })),
  };
}
