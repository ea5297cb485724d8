/**
 * The portal's whole stylesheet, inlined in every page (about 3 KB): no extra request before the first paint on a
 * phone in WeChat. Colours meet WCAG AA contrast on white; print drops the navigation and the widgets.
 */
export const PORTAL_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;
line-height:1.7;color:#1f2329;background:#f4f6f9;font-size:16px}
a{color:#0b57d0}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:9}
header.site{background:#0f3d75;color:#fff}
header.site .in,main,footer.site .in{max-width:980px;margin:0 auto;padding:0 16px}
header.site .in{display:flex;align-items:center;justify-content:space-between;min-height:56px;gap:12px}
header.site a{color:#fff;text-decoration:none;font-weight:600;font-size:18px}
header.site nav a{font-size:14px;font-weight:400;margin-left:12px}
main{padding-top:16px;padding-bottom:24px}
h1{font-size:22px;line-height:1.4;margin:8px 0}
h2{font-size:18px;margin:20px 0 8px}
h3{font-size:16px;margin:0 0 4px}
.crumbs{font-size:14px;color:#4e5969;margin:0}
.crumbs a{color:#4e5969}
.meta{color:#4e5969;font-size:14px;margin:0}
.card{background:#fff;border-radius:8px;padding:12px 16px;margin:10px 0;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.projects{list-style:none;margin:0;padding:0}
.project h3 a{text-decoration:none}
.bar{position:relative;height:10px;background:#e5e8ef;border-radius:5px;margin:8px 0 4px;overflow:hidden}
.bar i{position:absolute;left:0;top:0;bottom:0;border-radius:5px;background:#1a7f37}
.bar b{position:absolute;top:-2px;bottom:-2px;width:2px;background:#1f2329}
.status{display:inline-block;font-size:13px;padding:0 8px;border-radius:4px;border:1px solid;white-space:nowrap}
.s-completed{color:#0b57d0;border-color:#0b57d0}.s-on_track{color:#1a7f37;border-color:#1a7f37}
.s-behind{color:#8a5a00;border-color:#b27600;background:#fff8e6}.s-seriously_behind{color:#b42318;border-color:#b42318;background:#fff1f0}
.bar .b-behind{background:#b27600}.bar .b-seriously_behind{background:#b42318}.bar .b-completed{background:#0b57d0}
.row{display:flex;flex-wrap:wrap;gap:4px 16px;align-items:baseline;font-size:14px;color:#4e5969}
.promise{border-left:4px solid #0f3d75;padding:4px 12px;background:#f2f6fc;margin:8px 0}
.change{border-left:4px solid #b27600;padding:4px 12px;background:#fff8e6;margin:8px 0}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid #e5e8ef;padding:6px 4px;text-align:left;vertical-align:top}
.photos{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}
.photos img{width:120px;height:90px;object-fit:cover;border-radius:4px}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:8px}
.summary div{background:#fff;border-radius:8px;padding:8px 12px;text-align:center}
.summary strong{display:block;font-size:24px}
button,.button{font:inherit;font-size:15px;padding:8px 16px;border-radius:6px;border:1px solid #0b57d0;background:#0b57d0;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b57d0}
input,select,textarea{font:inherit;font-size:16px;width:100%;padding:8px;border:1px solid #8a919f;border-radius:6px;background:#fff}
label{display:block;font-size:14px;margin:8px 0 4px}
.note{font-size:13px;color:#4e5969}
.error{color:#b42318}.ok{color:#1a7f37}
footer.site{background:#fff;border-top:1px solid #e5e8ef;font-size:14px;color:#4e5969}
footer.site .in{padding-top:12px;padding-bottom:16px}
footer.site a{margin-right:16px}
@media print{header.site nav,footer.site,[data-ms-widget],.skip{display:none}body{background:#fff}.card{box-shadow:none;border:1px solid #ccc;break-inside:avoid}}
`;
