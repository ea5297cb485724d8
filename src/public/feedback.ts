/** 留言建议与满意度评价 on a project's public page (helper F replaces this stub). */
export function mount(el: HTMLElement): void {
  el.hidden = false;
}
