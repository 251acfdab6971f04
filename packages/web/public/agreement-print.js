// The 打印 button of the agreement print page (served by the API at /api/v1/agreements/:id/print). Its CSP allows
// scripts from this origin only, never inline ones, so the handler lives in this file.
document.getElementById('print-button')?.addEventListener('click', () => window.print());
