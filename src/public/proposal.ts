/**
 * 意见征集: the proposal form on /public/proposals (no framework; the page itself is server-rendered). The server
 * checks everything again; this only helps the citizen fill the form and shows the server's message.
 */

interface FieldSpec {
  name: 'title' | 'background' | 'content' | 'suggestedUnit' | 'name' | 'phone';
  label: string;
  max: number;
  required?: boolean;
  multiline?: boolean;
  hint?: string;
  type?: string;
}

const FIELDS: FieldSpec[] = [
  { name: 'title', label: '建议标题', max: 100, required: true },
  { name: 'background', label: '背景（现状和问题）', max: 2000, required: true, multiline: true },
  { name: 'content', label: '建议内容（希望办成什么事）', max: 2000, required: true, multiline: true },
  { name: 'suggestedUnit', label: '建议牵头单位（选填）', max: 100 },
  { name: 'name', label: '姓名（选填，公开时只显示姓氏）', max: 20 },
  { name: 'phone', label: '手机号码（选填，便于回访；公开时中间四位隐藏）', max: 11, type: 'tel', hint: '11位手机号码' },
];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function fieldOf(spec: FieldSpec, formId: string): { wrap: HTMLElement; input: HTMLInputElement | HTMLTextAreaElement } {
  const id = `${formId}-${spec.name}`;
  const wrap = element('div');
  wrap.append(element('label', { for: id }, spec.label + (spec.required ? ' *' : '')));
  const input = spec.multiline ? element('textarea', { id, name: spec.name, rows: '4' }) : element('input', { id, name: spec.name, type: spec.type ?? 'text' });
  input.maxLength = spec.max;
  if (spec.required) input.required = true;
  if (spec.name === 'phone') input.setAttribute('pattern', '1[0-9]{10}');
  if (spec.hint) input.setAttribute('placeholder', spec.hint);
  wrap.append(input);
  return { wrap, input };
}

export function mount(el: HTMLElement): void {
  const solicitationId = Number(el.dataset.solicitationId);
  if (!Number.isInteger(solicitationId) || solicitationId <= 0) return;
  el.hidden = false;
  const formId = `proposal-${solicitationId}`;

  const open = element('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': formId }, '我要提建议');
  const form = element('form', { id: formId, novalidate: '' });
  form.hidden = true;
  form.append(element('h3', {}, '提交民生实事项目建议'));
  const inputs = FIELDS.map((spec) => {
    const { wrap, input } = fieldOf(spec, formId);
    form.append(wrap);
    return { spec, input };
  });
  const status = element('p', { role: 'status', 'aria-live': 'polite', class: 'note' });
  const submit = element('button', { type: 'submit' }, '提交建议');
  form.append(element('p', { class: 'note' }, '建议经督查室审核后公开；我们只收集办理所需的信息。'), submit, status);
  el.append(open, form);

  open.addEventListener('click', () => {
    form.hidden = !form.hidden;
    open.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) inputs[0]?.input.focus();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.className = 'note';
    const missing = inputs.find(({ spec, input }) => spec.required && !input.value.trim());
    if (missing) {
      status.className = 'error';
      status.textContent = `请填写“${missing.spec.label}”。`;
      missing.input.focus();
      return;
    }
    const phone = inputs.find(({ spec }) => spec.name === 'phone')!.input;
    if (phone.value.trim() && !/^1\d{10}$/.test(phone.value.trim())) {
      status.className = 'error';
      status.textContent = '请填写11位手机号码，或不填。';
      phone.focus();
      return;
    }
    const body: Record<string, string> = {};
    for (const { spec, input } of inputs) if (input.value.trim()) body[spec.name] = input.value.trim();
    submit.disabled = true;
    status.textContent = '正在提交…';
    try {
      const response = await fetch(`/api/v1/public/solicitations/${solicitationId}/proposals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await response.json().catch(() => null)) as { message?: string; error?: { message?: string } } | null;
      if (!response.ok) {
        status.className = 'error';
        status.textContent = json?.error?.message ?? `提交失败（${response.status}），请稍后再试。`;
        return;
      }
      form.reset();
      status.className = 'ok';
      status.textContent = json?.message ?? '建议已提交，经审核后公开。';
    } catch {
      status.className = 'error';
      status.textContent = '无法连接服务器，请检查网络后重试。';
    } finally {
      submit.disabled = false;
    }
  });
}
