import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticeDraft } from '../../src/contract/imports.contract';
import { ADMIN_PASSWORD } from '../../src/server/test-support/test-app';
import type { TestApp } from '../../src/server/test-support/test-app';
import { button, canRunBrowser, DESK, horizontalOverflow, launchChromium, newPage, PHONE, SHOTS_DIR, signIn, startServer } from './browser';

/**
 * A notice as copied from a web page: one run-on paragraph, items separated only by their numbers (one without a
 * separator, one with a space before it); item 6 names no unit and item 8 only puts unit names in brackets.
 */
const RUN_ON_NOTICE = [
  '关于印发2025年区政府十件民生实事的通知',
  '区政发〔2025〕5号',
  '各镇人民政府、街道办事处，区直各部门：现将2025年区政府十件民生实事印发给你们，请认真抓好落实。2025年区政府十件民生实事：' +
    '1.新建幼儿园3所，新增学位900个（牵头单位：区教育局；配合单位：区财政局、区自然资源局）' +
    '2.改造老旧小区12个，惠及居民3200户（牵头单位：区住建局；配合单位：各街道办事处）' +
    '3 .新增公共停车泊位500个（牵头单位：区城市管理局；配合单位：区公安分局）' +
    '4完善社区养老服务，新建日间照料中心5处（责任单位：区民政局）' +
    '5.新建口袋公园8处；提升改造城区道路照明2.3公里（区城市管理局）' +
    '6、实施农村供水提升工程，解决1.2万人饮水安全问题' +
    '7.建设城乡公交候车亭60个（牵头单位：区交通运输局；配合单位：各镇人民政府）' +
    '8.新建城市书房6处，全年免费开放（区文化和旅游局、各街道办事处）' +
    '9.为全区65岁以上老年人免费开展一次健康体检（牵头单位：区卫生健康局）' +
    '10.新增城镇就业岗位3000个，帮助就业困难人员就业300人（牵头单位：区人力资源和社会保障局；配合单位：区财政局）' +
    '以上民生实事，各牵头单位要细化方案、倒排工期，确保年底前全部完成。',
].join('\n');

/**
 * A web table copied at a phone: Traditional characters, every cell on its own line. Row 2 has no lead unit
 * ("/") and holds two tasks; row 4 lost its empty 配合單位 cell, so its width is uneven.
 */
const CELL_PER_LINE_NOTICE = [
  '2026年區政府民生實事項目清單',
  '序號',
  '項目名稱',
  '建設內容',
  '責任單位',
  '配合單位',
  '1',
  '社區長者食堂',
  '新建社區長者食堂10處，為老年人提供助餐服務',
  '區民政局',
  '區財政局',
  '2',
  '學校飲水改造',
  '完成30所中小學直飲水設備更新；新建學校食堂3個',
  '/',
  '區衛生健康局',
  '3',
  '背街小巷整治',
  '整治背街小巷25條，補齊路燈和排水設施',
  '區城市管理局',
  '各街道辦事處',
  '4',
  '口袋公園建設',
  '新建口袋公園5個',
  '區城市管理局',
  '5',
  '公交候車亭',
  '新建公交候車亭20個',
  '區交通運輸局',
  '各鎮人民政府',
].join('\n');

/** The draft the server read, kept next to the screenshots so a parse surprise can be looked at. */
async function keepDraft(response: Promise<Response>, name: string): Promise<NoticeDraft> {
  const draft = (await (await response).json()) as NoticeDraft;
  fs.writeFileSync(path.join(SHOTS_DIR, name), JSON.stringify(draft, null, 2));
  return draft;
}

/** Paste the text on the 粘贴文本 tab and press 识别; resolves with what the server read. */
async function pasteNotice(page: Page, text: string, draftFile: string): Promise<NoticeDraft> {
  await page.getByRole('tab', { name: '粘贴文本' }).click();
  await page.getByRole('textbox', { name: '粘贴的通知内容' }).fill(text);
  const response = page.waitForResponse((r) => r.url().endsWith('/imports/notice/read-text'));
  await button(page, '识别').click();
  const draft = await keepDraft(response, draftFile);
  await page.getByTestId('doubt-count').waitFor();
  return draft;
}

/** The grid's 序号 of the row whose name or content (as the clerk sees it in the cell) contains the text. */
async function seqOfRow(page: Page, text: string): Promise<number> {
  const found = await page.evaluate((needle) => {
    const cells = [...document.querySelectorAll<HTMLTextAreaElement>('textarea[aria-label$="项名称"], textarea[aria-label$="项内容"]')];
    const cell = cells.find((element) => element.value.includes(needle));
    const seq = cell ? Number(/第 (\d+) 项/.exec(cell.getAttribute('aria-label') ?? '')?.[1]) : null;
    return { seq, rows: cells.map((element) => element.value) };
  }, text);
  if (found.seq !== null) return found.seq;
  throw new Error(`表格里没有包含“${text}”的行；表格中是：${JSON.stringify(found.rows)}`);
}

/** Type a unit into a row's 主办单位 picker, as a clerk would (Enter takes the typed name). */
async function addLeadUnit(page: Page, seq: number, unit: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: `第 ${seq} 项主办单位` });
  await picker.click();
  await picker.fill(unit);
  await picker.press('Enter');
  await picker.press('Escape');
}

describe.runIf(canRunBrowser())('导入通知: the clerk corrects the draft in a grid, previews, then imports', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    ({ t, baseUrl } = await startServer());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('reads a run-on notice pasted from a web page, fixes a unit, splits a row and imports it (desktop)', async () => {
    const page = await newPage(browser, DESK);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(page, baseUrl, 'admin', ADMIN_PASSWORD);
    await page.getByRole('menuitem', { name: '导入通知' }).click();
    const draft = await pasteNotice(page, RUN_ON_NOTICE, 'notice-grid-draft-run-on.json');

    // the plan header as read, and at least two rows the reader is unsure of, amber with their reasons
    await expect(page.getByLabel('年度').inputValue()).resolves.toBe('2025');
    await expect(page.getByLabel('文号').inputValue()).resolves.toBe('区政发〔2025〕5号');
    const doubtful = page.locator('tr.ms-draft-doubt');
    expect(await doubtful.count(), JSON.stringify(draft.projects.map((p) => [p.seq, p.name, p.leadUnits, p.warnings]))).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('doubt-count').innerText()).toMatch(/[2-9]\d* 行需要核对/);
    await expect(doubtful.first().getByTestId('row-doubts').innerText()).resolves.toMatch(/⚠ \S/);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'notice-grid-1280.png'), fullPage: true });

    // the row without a unit clause is refused by the server, naming it
    const water = await seqOfRow(page, '农村供水');
    await button(page, '预览变更').click();
    const refusal = page.locator('.ant-alert-error').filter({ hasText: '无法预览' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(new RegExp(`第\\s*${water}\\s*[项行]|农村供水`));

    // 只看需核对 narrows the grid to the amber rows
    await page.getByRole('switch', { name: '只看需核对' }).click();
    await expect(page.locator('tr.ant-table-row').count()).resolves.toBe(await doubtful.count());
    await page.getByRole('switch', { name: '只看需核对' }).click();

    // add the missing lead unit: a unit the directory does not know is marked 新单位; the old refusal goes
    await addLeadUnit(page, water, '区水务局');
    await refusal.waitFor({ state: 'hidden' });
    const waterLead = page.locator('tr.ant-table-row').filter({ has: page.getByRole('combobox', { name: `第 ${water} 项主办单位` }) });
    await waterLead.locator('.ant-tag').filter({ hasText: '区水务局' }).filter({ hasText: '新单位' }).waitFor();
    const checkButton = waterLead.getByRole('button', { name: '已核对' });
    if (await checkButton.count()) await checkButton.click();
    await expect(waterLead.getAttribute('class')).resolves.not.toContain('ms-draft-doubt');

    // split 口袋公园 and 道路照明 into two projects, the cursor before the second
    const parks = await seqOfRow(page, '口袋公园');
    await page.getByRole('button', { name: `第 ${parks} 项的操作` }).click();
    await page.getByRole('menuitem', { name: '拆分为两项…' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: `拆分第 ${parks} 项` });
    const content = modal.getByRole('textbox', { name: '要拆分的项目内容' });
    await content.evaluate((element: HTMLTextAreaElement) => {
      const at = element.value.indexOf('提升改造');
      element.focus();
      element.setSelectionRange(at, at);
    });
    await content.press('Shift');
    await modal.getByText('新的一项：提升改造城区道路照明2.3公里').waitFor();
    await button(modal, '在光标处拆分').click();
    await modal.waitFor({ state: 'hidden' });
    const lighting = await seqOfRow(page, '提升改造城区道路照明');
    expect(lighting).toBe(parks + 1);
    await expect(page.getByRole('textbox', { name: `第 ${lighting} 项名称` }).inputValue()).resolves.toBe('提升改造城区道路照明2.3公里');
    const rowCount = await page.locator('tr.ant-table-row').count();
    expect(rowCount).toBe(draft.projects.length + 1);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'notice-grid-corrected-1280.png'), fullPage: true });

    // preview, then import
    await button(page, '预览变更').click();
    await page.locator('.ant-alert-info').filter({ hasText: '预览：' }).waitFor();
    expect(await page.locator('.ant-alert-info').filter({ hasText: '预览：' }).innerText()).toContain(`新增 ${rowCount} 项`);
    await page.locator('.ant-card').filter({ hasText: '将新建的单位' }).getByText('区水务局').first().waitFor();
    await button(page, '确认导入').click();
    await page.getByText('通知已导入').waitFor();
    await button(page, '查看清单').click();

    // the plan page lists the corrected projects with their units
    await page
      .getByTestId('project-count')
      .filter({ hasText: `共 ${rowCount} 项` })
      .waitFor();
    const waterRow = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '实施农村供水提升工程' });
    await expect(waterRow.innerText()).resolves.toContain('区水务局');
    const lightingRow = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '提升改造城区道路照明2.3公里' });
    await expect(lightingRow.innerText()).resolves.toContain('区城市管理局');
    const parksRow = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '新建口袋公园8处' });
    await expect(parksRow.innerText()).resolves.toContain('区城市管理局');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads a Traditional one-cell-per-line web table at phone width, fixes a unit, splits a row and imports it', async () => {
    const page = await newPage(browser, PHONE);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(page, baseUrl, 'admin', ADMIN_PASSWORD);
    await page.goto(`${baseUrl}/import`);
    const draft = await pasteNotice(page, CELL_PER_LINE_NOTICE, 'notice-grid-draft-cells.json');

    // one card per project, the two doubtful ones amber with their reasons, nothing wider than the phone
    const cards = page.getByTestId('draft-card');
    const described = JSON.stringify(draft.projects.map((p) => [p.seq, p.name, p.leadUnits, p.coUnits, p.warnings]));
    await expect(cards.count(), described).resolves.toBe(5);
    await expect(cards.nth(0).innerText()).resolves.toContain('社區長者食堂');
    await expect(page.getByLabel('年度').inputValue()).resolves.toBe('2026');
    const doubtful = page.locator('[data-testid="draft-card"].ms-draft-doubt');
    await expect(doubtful.count(), described).resolves.toBe(2);
    await expect(doubtful.nth(0).innerText()).resolves.toContain('學校飲水改造');
    await expect(doubtful.nth(0).getByTestId('row-doubts').innerText()).resolves.toMatch(/牵头单位/);
    await expect(doubtful.nth(1).innerText()).resolves.toContain('口袋公園建設');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'notice-grid-375.png'), fullPage: true });

    // 编辑 opens the row's editors in a drawer that fits the phone: add the missing lead unit there
    await cards.nth(1).getByRole('button', { name: '编辑第 2 项' }).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: '编辑第 2 项' });
    await expect(drawer.getByRole('textbox', { name: '第 2 项名称' }).inputValue()).resolves.toBe('學校飲水改造');
    await addLeadUnit(page, 2, '區教育局');
    await drawer.locator('.ant-tag').filter({ hasText: '區教育局' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.waitForTimeout(400); // let the drawer finish sliding in before the picture
    await page.screenshot({ path: path.join(SHOTS_DIR, 'notice-grid-edit-375.png') });
    await button(drawer, '完成').click();
    await drawer.waitFor({ state: 'hidden' });
    await expect(cards.nth(1).innerText()).resolves.toContain('區教育局');

    // split the two tasks of row 2 into two projects
    await page.getByRole('button', { name: '第 2 项的操作' }).click();
    await page.getByRole('menuitem', { name: '拆分为两项…' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '拆分第 2 项' });
    const content = modal.getByRole('textbox', { name: '要拆分的项目内容' });
    await content.evaluate((element: HTMLTextAreaElement) => {
      const at = element.value.indexOf('新建學校食堂');
      element.focus();
      element.setSelectionRange(at, at);
    });
    await content.press('Shift');
    await modal.getByText('新的一项：新建學校食堂3個').waitFor();
    await button(modal, '在光标处拆分').click();
    await modal.waitFor({ state: 'hidden' });
    await expect(cards.count()).resolves.toBe(6);
    await expect(cards.nth(2).innerText()).resolves.toContain('新建學校食堂3個');
    // the uneven row is accepted as it is
    const parks = page.locator('[data-testid="draft-card"]').filter({ hasText: '口袋公園建設' });
    await parks.getByRole('button', { name: '已核对' }).click();
    await page.screenshot({ path: path.join(SHOTS_DIR, 'notice-grid-corrected-375.png'), fullPage: true });

    await button(page, '预览变更').click();
    await page.locator('.ant-alert-info').filter({ hasText: '预览：' }).waitFor();
    expect(await page.locator('.ant-alert-info').filter({ hasText: '预览：' }).innerText()).toContain('新增 6 项');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await button(page, '确认导入').click();
    await page.getByText('通知已导入').waitFor();
    await button(page, '查看清单').click();
    await page.getByTestId('project-count').filter({ hasText: '共 6 项' }).waitFor();
    for (const name of ['社區長者食堂', '學校飲水改造', '新建學校食堂3個', '背街小巷整治', '口袋公園建設']) await page.getByText(name).first().waitFor();
    const listed = await page.locator('.ant-layout-content').innerText();
    expect(listed).toContain('區民政局');
    expect(listed).toContain('區教育局');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'notice-grid-imported-375.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
