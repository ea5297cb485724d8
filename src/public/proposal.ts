/** 意见征集: the proposal form on the portal (helper V replaces this stub). */
export function mount(el: HTMLElement): void {
  el.hidden = false;
}
