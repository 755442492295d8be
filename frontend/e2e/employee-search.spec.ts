import { expect, test } from './fixtures';

test.use({ signedInAs: 'hr_manager' });

test('an HR manager finds an employee by name and opens their record', async ({ page, layout, employeeList, employeeDetail }) => {
  await page.goto('/');
  await layout.menu.getByRole('link', { name: '员工' }).click();
  await expect(page).toHaveURL(/\/employees$/);
  await employeeList.waitForRows();

  // Someone further down the list, so the search has to do the work.
  const names = await employeeList.names();
  expect(names.length).toBeGreaterThan(5);
  const wanted = names[5]!;

  await employeeList.search(wanted);
  expect(await employeeList.names()).toContain(wanted);

  await employeeList.open(wanted);
  await expect(page).toHaveURL(/\/employees\/[^/?]+$/);
  await employeeDetail.waitForLoaded();
  await expect(employeeDetail.name).toHaveText(wanted);

  // The search is in the URL: back returns to the filtered list.
  await page.goBack();
  await expect(page).toHaveURL(/[?&]q=/);
  await employeeList.waitForRows();
  expect(await employeeList.names()).toContain(wanted);
});

test('the list pages through the connection and keeps its state in the URL', async ({ page, employeeList }) => {
  await employeeList.goto('?sort=employeeNo&order=desc&size=10');
  const firstPage = await employeeList.names();
  expect(firstPage).toHaveLength(10);

  await page.locator('.ant-pagination-item-3').click();
  await expect(page).toHaveURL(/[?&]page=3/);
  await expect.poll(() => employeeList.names()).not.toEqual(firstPage);
  await employeeList.waitForRows();
  const thirdPage = await employeeList.names();
  expect(thirdPage).toHaveLength(10);
  await expect(page.locator('.ant-pagination-item-active')).toHaveText('3');

  // A deep link to the same page shows the same rows (found by walking the cursors).
  await page.reload();
  await employeeList.waitForRows();
  await expect.poll(() => employeeList.names()).toEqual(thirdPage);
});
