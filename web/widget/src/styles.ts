/**
 * The widget's own styles, inside its shadow root: nothing from the host page reaches in, and
 * inherited properties are reset at the root. Colours meet WCAG AA (white on #1d4ed8 is 6.7:1,
 * #111827 and #374151 on white are above 10:1).
 */
export const styles = `
:host{all:initial!important;position:static!important;display:block!important}
.root{all:initial;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#111827;-webkit-font-smoothing:antialiased}
.root *,.root *::before,.root *::after{box-sizing:border-box}
[hidden]{display:none!important}
::placeholder{color:#6b7280;opacity:1}
button,textarea,input{margin:0;font:inherit}
button{cursor:pointer;border:0;border-radius:8px;padding:8px 14px;background:#1d4ed8;color:#fff;font-weight:600}
button:hover{background:#1e40af}
button:disabled{background:#6b7280;cursor:not-allowed}
button.quiet{background:#fff;color:#1d4ed8;border:1px solid #1d4ed8}
button.quiet:hover{background:#eff6ff}
:focus{outline:none}
:focus-visible{outline:2px solid transparent;box-shadow:0 0 0 2px #fff,0 0 0 4px #1d4ed8}
.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483646;padding:12px 20px;border-radius:999px;box-shadow:0 4px 14px rgba(0,0,0,.25);color:#fff}
.panel{position:fixed;right:20px;bottom:80px;z-index:2147483647;width:min(380px,calc(100vw - 24px));height:min(600px,calc(100vh - 100px));display:flex;flex-direction:column;background:#fff;border:1px solid #d1d5db;border-radius:14px;box-shadow:0 10px 30px rgba(0,0,0,.25);overflow:hidden;transition:opacity .15s ease,transform .15s ease}
.panel.opening{opacity:0;transform:translateY(8px)}
header{display:flex;align-items:center;justify-content:space-between;padding:10px 12px 10px 16px;background:#1d4ed8;color:#fff}
h2{margin:0;font-size:16px;font-weight:700;color:#fff}
.close{background:transparent;color:#fff;font-size:22px;line-height:1;padding:4px 10px}
.close:hover{background:#1e40af}
.connection{margin:0;padding:6px 16px;background:#fef3c7;color:#78350f;font-size:13px}
.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;overscroll-behavior:contain}
.intro{margin:0;color:#374151;font-size:14px}
.msg{max-width:85%;padding:8px 12px;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere}
.msg p{margin:0}
.msg-customer{align-self:flex-end;background:#1d4ed8;color:#fff}
.msg-assistant{align-self:flex-start;background:#f1f5f9}
.msg-agent{align-self:flex-start;background:#ecfdf5;border:1px solid #a7f3d0}
.msg-system{align-self:center;max-width:95%;background:none;color:#374151;font-size:13px;text-align:center;font-style:italic}
.who{display:block;font-size:12px;font-weight:700;color:#065f46}
.state{display:block;font-size:12px;margin-top:2px}
.msg-customer.pending{background:#3b5bdb}
.msg-customer.failed{background:#fff;color:#111827;border:1px solid #b91c1c}
.failed .state{color:#b91c1c}
.sr{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.side{padding:8px 12px;border-top:1px solid #e5e7eb;display:flex;flex-direction:column;gap:8px}
.side p{margin:0}
.queue{margin:0;font-weight:600;color:#1f3a8a}
.queue:not(:empty){padding:8px 12px;border-top:1px solid #e5e7eb}
.row{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
form{display:flex;flex-direction:column;gap:6px;margin:0}
label{display:block;font-size:13px;color:#374151}
.check{display:flex;gap:8px;align-items:flex-start;font-size:14px;color:#111827}
.check input{margin-top:3px;width:16px;height:16px}
input[type=email],input[type=tel],input[type=text],textarea{width:100%;padding:8px 10px;border:1px solid #6b7280;border-radius:8px;background:#fff;color:#111827}
.status{font-size:14px;color:#065f46}
.error{color:#b91c1c}
.scores{display:flex;gap:6px}
.scores button{background:#fff;color:#1d4ed8;border:1px solid #1d4ed8;min-width:40px}
.scores button[aria-checked=true]{background:#1d4ed8;color:#fff}
.end p{margin:0}
.end>:not(:empty){padding:6px 12px;border-top:1px solid #e5e7eb}
.bye,.bye div{flex:1;justify-content:flex-end;gap:6px;font-size:14px}
.bye button{padding:4px 9px}
.composer{display:flex;flex-direction:row;gap:8px;align-items:flex-end;padding:10px 12px;border-top:1px solid #e5e7eb}
.composer textarea{flex:1;width:auto;min-width:0;resize:none;min-height:42px;max-height:120px}
@media (max-width:480px){.panel{right:0;bottom:0;width:100vw;height:100vh;height:100dvh;border-radius:0}}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{transition:none!important;animation:none!important;scroll-behavior:auto!important}}
`;
