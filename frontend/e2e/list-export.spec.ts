import { expect, test } from './fixtures';
import { ListExport, type ExportedFile } from './pages/ListExport';

/**
 * A list's export is what the list shows (its columns, under its headers, with its filters) and
 * never more than the viewer may read: the server re-runs the list's query as them.
 */

test.describe('as an HR manager', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('exports the employee list with the salary column, filtered as shown, as CSV and Excel', async ({ page, employeeList }) => {
    await employeeList.goto();
    const exporter = new ListExport(page);
    const csv: ExportedFile = await exporter.download('csv');
    expect(csv.fileName).toBe('员工.csv');
    const [header, ...rows] = ListExport.parseCsv(csv.bytes);
    expect(header).toEqual(['工号', '姓名', '部门', '团队', '岗位', '状态', '入职日期', '基本工资']);
    // Every employee, not the page on screen; statuses in the list's words; salaries as decimals.
    const total = Number((await page.locator('.ant-pagination-total-text').innerText()).match(/共 (\d+) 条/)?.[1]);
    expect(rows).toHaveLength(total);
    expect(rows.length).toBeGreaterThan(20);
    const salaries = rows.map((row) => row[7]!);
    expect(salaries.filter((value) => /^\d+\.\d{2}$/.test(value)).length).toBeGreaterThan(rows.length / 2);
    expect(rows.map((row) => row[5]).filter((status) => status === 'ACTIVE')).toEqual([]);

    // A search narrows the file as it narrows the table.
    const someone = rows[3]![1]!;
    const firstPage = await employeeList.names();
    await employeeList.search(someone);
    // Until the search's page has arrived the console still shows (and would export) the old one.
    await expect.poll(() => employeeList.names(), { timeout: 15_000 }).not.toEqual(firstPage);
    const narrowed = ListExport.parseCsv((await exporter.download('csv')).bytes).slice(1);
    expect(narrowed.map((row) => row[1])).toEqual(await employeeList.names());
    expect(narrowed.map((row) => row[1])).toContain(someone);

    const xlsx = await exporter.download('xlsx');
    expect(xlsx.fileName).toBe('员工.xlsx');
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
  });

  test('exports contracts and alerts under their English headers after a language switch', async ({ page, layout }) => {
    await page.goto('/contracts');
    await expect(page.getByTestId('contract-table')).toHaveAttribute('data-ready', 'true');
    await layout.switchLanguage('en');
    const contracts = ListExport.parseCsv((await new ListExport(page).download('csv')).bytes);
    expect(contracts[0]).toEqual(['Number', 'Employee', 'Employee no.', 'Team', 'Type', 'Status', 'Awaiting', 'Starts', 'Ends']);
    expect(contracts.length).toBeGreaterThan(1);

    await page.goto('/alerts');
    await expect(page.getByTestId('alert-table')).toBeVisible();
    const alerts = await new ListExport(page).download('csv');
    expect(alerts.fileName).toBe('Alerts.csv');
    expect(ListExport.parseCsv(alerts.bytes)[0]![0]).toBe('Alert kind');
  });
});

test.describe('as a recruiter', () => {
  test.use({ signedInAs: 'recruiter' });

  test("exports the employee list without anyone's salary", async ({ page, employeeList }) => {
    await employeeList.goto();
    const [header, ...rows] = ListExport.parseCsv((await new ListExport(page).download('csv')).bytes);
    expect(header).toEqual(['工号', '姓名', '部门', '团队', '岗位', '状态', '入职日期']);
    expect(rows.length).toBeGreaterThan(20);
    // No cell anywhere looks like pay.
    expect(rows.flat().filter((cell) => /^\d{4,}\.\d{2}$/.test(cell))).toEqual([]);
  });
});
