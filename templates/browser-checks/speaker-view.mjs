// Checks by hand that a built deck works opened from disk: reveal.js starts, the arrow keys move,
// and pressing S opens the speaker view with the current slide, the next one and the notes.
// Needs Node 20+ and Chromium; run after building a site:
//   node --experimental-websocket templates/browser-checks/speaker-view.mjs /abs/path/to/site/training/deck.slides.html
// It prints what it found and writes speaker.png (the speaker view) to the current folder.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const profilePrefix = () => join(tmpdir(), 'hb-speaker-');
const deck = process.argv[2];
const port = 9333 + Math.floor(Math.random() * 500);
const chrome = spawn('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-popup-blocking',
  `--user-data-dir=${mkdtempSync(profilePrefix())}`, `--remote-debugging-port=${port}`, '--window-size=1280,720', 'about:blank'],
  { stdio: 'ignore' });
const sleep = ms => new Promise(r => setTimeout(r, ms));
let targets;
for (let i = 0; i < 50; i++) { try { targets = await (await fetch(`http://127.0.0.1:${port}/json`)).json(); break; } catch { await sleep(200); } }
const version = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
const ws = new WebSocket(version.webSocketDebuggerUrl);
await new Promise(r => ws.onopen = r);
let id = 0; const pending = new Map();
ws.onmessage = m => { const d = JSON.parse(m.data); if (d.id && pending.has(d.id)) { pending.get(d.id)(d); pending.delete(d.id); } };
const send = (method, params = {}, sessionId) => new Promise(r => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params, sessionId })); });
const page = targets.find(t => t.type === 'page');
const { result: { sessionId } } = await send('Target.attachToTarget', { targetId: page.id, flatten: true });
await send('Page.enable', {}, sessionId);
await send('Page.navigate', { url: 'file://' + deck }, sessionId);
await sleep(2000);
const evalIn = async (expr, sid) => (await send('Runtime.evaluate', { expression: expr, returnByValue: true }, sid)).result?.result?.value;
console.log('reveal ready:', await evalIn("document.querySelector('.reveal').classList.contains('ready')", sessionId));
console.log('notes plugin:', await evalIn("Reveal.hasPlugin('notes')", sessionId));
console.log('slide number:', await evalIn("document.querySelector('.slide-number')?.textContent", sessionId));
// Keyboard: right arrow moves to slide 2.
for (const type of ['keyDown', 'keyUp']) await send('Input.dispatchKeyEvent', { type, key: 'ArrowRight', code: 'ArrowRight', windowsVirtualKeyCode: 39 }, sessionId);
await sleep(800);
console.log('after ArrowRight:', await evalIn("JSON.stringify(Reveal.getIndices()) + ' ' + location.hash", sessionId));
// Touch: a swipe from right to left moves on to slide 3.
await send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 }, sessionId);
await send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 900, y: 360 }] }, sessionId);
for (const x of [800, 600, 400, 300]) await send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: 360 }] }, sessionId);
await send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }, sessionId);
await sleep(800);
console.log('after swipe left:', await evalIn("JSON.stringify(Reveal.getIndices())", sessionId));
for (const type of ['keyDown', 'keyUp']) await send('Input.dispatchKeyEvent', { type, key: 's', code: 'KeyS', text: type === 'keyDown' ? 's' : undefined, windowsVirtualKeyCode: 83 }, sessionId);
await sleep(3000);
const all = (await send('Target.getTargets')).result.targetInfos;
console.log('targets:', all.map(t => t.type + ' ' + t.url.slice(0, 80)).join(' | '));
const popup = all.find(t => t.type === 'page' && t.targetId !== page.id);
if (popup) {
  const { result: { sessionId: ps } } = await send('Target.attachToTarget', { targetId: popup.targetId, flatten: true });
  await send('Runtime.enable', {}, ps);
  await sleep(2500);
  console.log('speaker status visible:', await evalIn("getComputedStyle(document.querySelector('#connection-status')).display + ' / ' + document.querySelector('#connection-status').textContent.trim().slice(0,80)", ps));
  console.log('speaker notes:', await evalIn("document.querySelector('.speaker-controls-notes .value')?.textContent.trim()", ps));
  console.log('speaker time/slide iframes:', await evalIn("document.querySelectorAll('iframe').length", ps));
  const shot = await send('Page.captureScreenshot', { format: 'png' }, ps);
  if (shot.result) { (await import('node:fs')).writeFileSync('speaker.png', Buffer.from(shot.result.data, 'base64')); }
}
chrome.kill();
process.exit(0);
