import { getValidAccessToken } from '@/app/auth';

export type PayrollExportFormat = 'csv' | 'xlsx';

/** The server's own words for a refused export (`{"errors": [{"message": ...}]}`), or the status. */
async function refusal(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] };
    return body.errors?.[0]?.message ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

export function payrollExportName(month: string, scope: string, format: PayrollExportFormat): string {
  return `payroll-${month.slice(0, 7)}-${scope.replace(/[^a-z0-9]+/gi, '-')}.${format}`;
}

/**
 * GET /exports/payroll/{runId}.csv|.xlsx with the console's bearer token (a link cannot carry
 * it), saved as a file through a blob URL.
 */
export async function downloadPayrollExport(runId: string, format: PayrollExportFormat, fileName: string): Promise<void> {
  const token = await getValidAccessToken();
  const response = await fetch(`/exports/payroll/${encodeURIComponent(runId)}.${format}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(await refusal(response));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
