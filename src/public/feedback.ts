/**
 * 留言建议与满意度评价 on a project's public page (issue 12). Vanilla DOM, no framework: it lives in the public
 * bundle (100 KB gzipped for all public JS) and imports only types from the contracts, never zod.
 *
 * `el` carries `data-project-id`. The widget shows the approved comments with the lead unit's replies, the rating
 * buttons 满意 / 基本满意 / 不满意 with an optional reason, and a comment form (kind, text, optional name and phone).
 * The form carries a signed token fetched on mount (a submit sooner than `minSeconds` after it is refused) and a
 * hidden honeypot field. Every server answer is shown as its Chinese `message`. User text is only ever set as
 * textContent, never as HTML.
 */
import type { PublicComment, PublicCommentList } from '../contract/public-comments.contract';

const API = '/api/v1/public/projects';
const MAX_CHARS = 500;
const KIND_LABELS = { suggestion: '建议', message: '留言' } as const;
const RATINGS = [
  { value: 'satisfied', label: '满意' },
  { value: 'basic', label: '基本满意' },
  { value: 'unsatisfied', label: '不满意' },
] as const;

const STYLE = `
.ms-fb{display:grid;gap:16px;margin-top:16px}
.ms-fb section{border:1px solid #e5e6eb;border-radius:8px;padding:12px;background:#fff}
.ms-fb h2{font-size:17px;margin:0 0 8px}
.ms-fb .ms-fb-row{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.ms-fb button{font:inherit;padding:8px 14px;border-radius:6px;border:1px solid #c9cdd4;background:#f7f8fa;color:#1d2129;cursor:pointer;min-height:40px}
.ms-fb button[aria-pressed=true]{border-color:#0b57d0;background:#e8f0fe;color:#0b57d0;font-weight:600}
.ms-fb button.ms-fb-primary{background:#0b57d0;border-color:#0b57d0;color:#fff}
.ms-fb button:disabled{opacity:.6;cursor:wait}
.ms-fb label{display:block;margin:8px 0 4px;font-weight:600}
.ms-fb textarea,.ms-fb input,.ms-fb select{box-sizing:border-box;width:100%;font:inherit;padding:8px;border:1px solid #c9cdd4;border-radius:6px}
.ms-fb textarea{min-height:96px}
.ms-fb .ms-fb-note{color:#4e5969;font-size:13px;margin:4px 0}
.ms-fb .ms-fb-msg{margin:8px 0;padding:8px;border-radius:6px}
.ms-fb .ms-fb-ok{background:#e8f7ee;color:#1d6b3a}
.ms-fb .ms-fb-err{background:#fdecea;color:#a61d24}
.ms-fb ol{list-style:none;padding:0;margin:0}
.ms-fb li{border-top:1px solid #f0f0f0;padding:10px 0}
.ms-fb .ms-fb-meta{color:#4e5969;font-size:13px}
.ms-fb .ms-fb-reply{background:#f2f3f5;border-radius:6px;padding:8px;margin-top:6px}
.ms-fb .ms-fb-hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
`;

type Attrs = Record<string, string>;

/** An element with attributes and children; strings become text nodes (never parsed as HTML). */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

interface Answer<T> {
  ok: boolean;
  data: T | null;
  message: string;
}

/** JSON over fetch; an error answer or a network failure becomes a Chinese message. */
async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<Answer<T>> {
  try {
    const res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json().catch(() => null)) as (T & { message?: string; error?: { message?: string } }) | null;
    if (res.ok) return { ok: true, data: json, message: json?.message ?? '' };
    return { ok: false, data: null, message: json?.error?.message ?? `提交失败（${res.status}），请稍后再试。` };
  } catch {
    return { ok: false, data: null, message: '网络连接失败，请检查网络后重试。' };
  }
}

function showMessage(box: HTMLElement, answer: { ok: boolean; message: string }): void {
  box.hidden = !answer.message;
  box.className = `ms-fb-msg ${answer.ok ? 'ms-fb-ok' : 'ms-fb-err'}`;
  box.textContent = answer.message;
}

function commentItem(c: PublicComment): HTMLLIElement {
  const reply = c.reply ? h('div', { class: 'ms-fb-reply' }, h('strong', {}, `${c.reply.unitName} 答复（${c.reply.date}）：`), c.reply.text) : null;
  return h(
    'li',
    {},
    h('div', { class: 'ms-fb-meta' }, `【${KIND_LABELS[c.kind]}】${c.name ?? '匿名'}${c.phone ? ` ${c.phone}` : ''} · ${c.createdAt}`),
    h('p', { style: 'margin:4px 0;white-space:pre-wrap' }, c.body),
    reply,
  );
}

function ratingSection(projectId: string): HTMLElement {
  let chosen: string | null = null;
  const message = h('div', { role: 'status', 'aria-live': 'polite' });
  message.hidden = true;
  const reason = h('textarea', {
    id: `ms-fb-reason-${projectId}`,
    maxlength: '300',
    placeholder: '选填：说说您的理由。选择“不满意”并填写理由的，将转牵头单位回访整改。',
  });
  const buttons = RATINGS.map((r) => {
    const b = h('button', { type: 'button', 'aria-pressed': 'false', 'data-rating': r.value }, r.label);
    b.addEventListener('click', () => {
      chosen = r.value;
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === b));
    });
    return b;
  });
  const submit = h('button', { type: 'button', class: 'ms-fb-primary' }, '提交评价');
  submit.addEventListener('click', async () => {
    if (!chosen) return showMessage(message, { ok: false, message: '请先选择 满意、基本满意 或 不满意。' });
    submit.disabled = true;
    const answer = await call<{ message: string }>('POST', `${API}/${projectId}/ratings`, { rating: chosen, reason: reason.value.trim() || null });
    submit.disabled = false;
    showMessage(message, answer);
    if (answer.ok) reason.value = '';
  });
  return h(
    'section',
    { 'aria-labelledby': `ms-fb-rate-${projectId}` },
    h('h2', { id: `ms-fb-rate-${projectId}` }, '评满意'),
    h('p', { class: 'ms-fb-note' }, '每人每季度可对本项目评价一次。'),
    h('div', { class: 'ms-fb-row', role: 'group', 'aria-label': '满意度' }, ...buttons),
    h('label', { for: reason.id }, '评价理由（选填）'),
    reason,
    h('div', { class: 'ms-fb-row' }, submit),
    message,
  );
}

function commentForm(projectId: string, onPosted: () => void): HTMLElement {
  const id = (name: string) => `ms-fb-${name}-${projectId}`;
  let token = '';
  const refreshToken = async () => {
    const answer = await call<{ token: string }>('GET', `${API}/${projectId}/comment-form-token`);
    token = answer.data?.token ?? '';
  };
  const kind = h('select', { id: id('kind') }, h('option', { value: 'suggestion' }, '建议'), h('option', { value: 'message' }, '留言'));
  const body = h('textarea', { id: id('body'), maxlength: String(MAX_CHARS), required: '', placeholder: '请写下您对本项目的建议或反映的问题（5–500 字）' });
  const counter = h('div', { class: 'ms-fb-note', 'aria-live': 'polite' }, `0 / ${MAX_CHARS}`);
  body.addEventListener('input', () => {
    counter.textContent = `${[...body.value].length} / ${MAX_CHARS}`;
  });
  const name = h('input', { id: id('name'), maxlength: '20', autocomplete: 'name' });
  const phone = h('input', { id: id('phone'), maxlength: '20', inputmode: 'tel', autocomplete: 'tel' });
  // the honeypot: hidden from people and from screen readers, bots fill it
  const website = h('input', { name: 'website', tabindex: '-1', autocomplete: 'off' });
  const message = h('div', { role: 'status', 'aria-live': 'polite' });
  message.hidden = true;
  const submit = h('button', { type: 'submit', class: 'ms-fb-primary' }, '提交留言');
  const form = h(
    'form',
    { novalidate: '' },
    h('label', { for: kind.id }, '类型'),
    kind,
    h('label', { for: body.id }, '内容'),
    body,
    counter,
    h('label', { for: name.id }, '称呼（选填）'),
    name,
    h('label', { for: phone.id }, '联系电话（选填）'),
    phone,
    h('p', { class: 'ms-fb-note' }, '留下电话仅用于工作人员回访，不会公开；公开显示时称呼和电话均隐去部分内容（如 张** 138****1234）。'),
    h('div', { class: 'ms-fb-hp', 'aria-hidden': 'true' }, h('label', {}, '网址（请勿填写）', website)),
    h('div', { class: 'ms-fb-row' }, submit),
    message,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    const answer = await call<{ message: string }>('POST', `${API}/${projectId}/comments`, {
      kind: kind.value,
      body: body.value,
      name: name.value.trim() || null,
      phone: phone.value.trim() || null,
      website: website.value,
      formToken: token,
    });
    submit.disabled = false;
    showMessage(message, answer);
    if (answer.ok) {
      form.reset();
      counter.textContent = `0 / ${MAX_CHARS}`;
      onPosted();
    }
    // a used or refused token is replaced, so the next try starts its own fill time
    void refreshToken();
  });
  void refreshToken();
  return h(
    'section',
    { 'aria-labelledby': id('title') },
    h('h2', { id: id('title') }, '提建议'),
    h('p', { class: 'ms-fb-note' }, '留言经审核后公开，牵头单位将在留言下方答复。'),
    form,
  );
}

function commentsSection(projectId: string): { section: HTMLElement; load: () => Promise<void> } {
  const list = h('ol', {});
  const status = h('p', { class: 'ms-fb-note' }, '正在加载留言…');
  const load = async () => {
    const answer = await call<PublicCommentList>('GET', `${API}/${projectId}/comments`);
    list.replaceChildren(...(answer.data?.items ?? []).map(commentItem));
    status.hidden = answer.ok && (answer.data?.items.length ?? 0) > 0;
    status.textContent = answer.ok ? '暂无公开的留言。' : answer.message;
  };
  const section = h('section', { 'aria-labelledby': `ms-fb-list-${projectId}` }, h('h2', { id: `ms-fb-list-${projectId}` }, '群众留言与答复'), status, list);
  return { section, load };
}

export function mount(el: HTMLElement): void {
  const projectId = el.dataset.projectId;
  if (!projectId || !/^\d+$/.test(projectId)) return;
  if (!document.getElementById('ms-fb-style')) document.head.append(h('style', { id: 'ms-fb-style' }, STYLE));
  const comments = commentsSection(projectId);
  el.replaceChildren(
    h(
      'div',
      { class: 'ms-fb' },
      ratingSection(projectId),
      commentForm(projectId, () => void comments.load()),
      comments.section,
    ),
  );
  el.hidden = false;
  void comments.load();
}
