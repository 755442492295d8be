import type { DocumentNode } from 'graphql';
import { print } from 'graphql';
import { getValidAccessToken } from '@/app/auth';

export type ListExportFormat = 'csv' | 'xlsx';

/** One column of the file: where its value sits in a row (`team.name`), its translated header, and the words shown for raw values. */
export interface ExportColumn {
  path: string;
  header: string;
  labels?: Record<string, string>;
}

export interface ListExportRequest {
  /** The list's own query document: the server re-runs it, page by page, as the viewer. */
  query: DocumentNode;
  /** The list field, or a dotted path to a nested one (`payrollRun.payslips`). */
  connection: string;
  /** The list's current variables (the URL state); `first`/`after` are the server's to set, unless the list is a plain top-N. */
  variables: Record<string, unknown>;
  columns: ExportColumn[];
  /** The download's name, without extension. */
  fileName: string;
  /** A plain list (a leaderboard) keeps its `first`: it is how many rows it shows. */
  keepFirst?: boolean;
}

/** `{ACTIVE: '在职', ...}` for a list of raw values and how the list words them. */
export function labelsOf<T extends string>(values: readonly T[], label: (value: T) => string): Record<string, string> {
  return Object.fromEntries(values.map((value) => [value, label(value)]));
}

/** The body of POST /exports/list.csv|xlsx (backend/list_exports.py). */
export function listExportBody({ query, connection, variables, columns, fileName, keepFirst = false }: ListExportRequest) {
  const { first, after: _after, ...rest } = variables;
  return {
    query: print(query),
    connection,
    variables: keepFirst && first !== undefined ? { ...rest, first } : rest,
    columns: columns.map(({ path, header, labels }) => (labels ? { path, header, labels } : { path, header })),
    filename: fileName,
  };
}

export interface ListExportResult {
  /** The columns the server left out because the viewer may not read them. */
  omitted: string[];
  rows: number;
}

async function refusal(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] };
    return body.errors?.[0]?.message ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

/** Posts the list's query with the console's bearer token (a link cannot carry it) and saves the file through a blob URL. */
export async function downloadListExport(request: ListExportRequest, format: ListExportFormat): Promise<ListExportResult> {
  const token = await getValidAccessToken();
  const response = await fetch(`/exports/list.${format}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(listExportBody(request)),
  });
  if (!response.ok) throw new Error(await refusal(response));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `${request.fileName}.${format}`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  const omitted = response.headers.get('X-Hrgraph-Omitted-Columns');
  return { omitted: omitted ? omitted.split(',') : [], rows: Number(response.headers.get('X-Hrgraph-Rows') ?? 0) };
}
