/**
 * The page's default Trusted Types policy, for a Content-Security-Policy with
 * `require-trusted-types-for 'script'`.
 *
 * Under that directive a browser that implements Trusted Types refuses plain strings at every DOM
 * sink that can run script (`innerHTML`, `insertAdjacentHTML`, `document.write`, a script's text,
 * `eval`, a `<script>`'s or a worker's URL...) unless a policy vouches for them. The site's code
 * uses two of them, through libraries that pass plain strings:
 *
 * - `Element innerHTML`: Solid's templates (the islands create their next screens from static
 *   markup in the bundle) and Pagefind's UI (result excerpts with `<mark>`, from this site's index);
 * - `Worker constructor`: Pagefind's `pagefind-worker.js`, where the search can run.
 *
 * This `default` policy, the only one the policy's `trusted-types` allows, lets exactly those
 * through: any other sink is refused (`insertAdjacentHTML`, `outerHTML`, `document.write`,
 * `DOMParser`, script text, a worker from anywhere else). What `innerHTML` receives is not
 * sanitised here: a `<script>` or an `on...=` in it still cannot run, because `script-src` allows
 * no inline code without its hash.
 *
 * It is an inline script in `<head>` (astro.config.mjs), allowed by its hash, and runs before any
 * module of the page. Without Trusted Types support, it does nothing.
 */
export const trustedTypesPolicy = [
  "if(window.trustedTypes&&!trustedTypes.defaultPolicy)trustedTypes.createPolicy('default',{",
  "createHTML:(html,type,sink)=>sink==='Element innerHTML'?html:null,",
  'createScriptURL:(url,type,sink)=>{',
  'const target=new URL(url,document.baseURI);',
  "return sink==='Worker constructor'&&target.origin===location.origin&&target.pathname.endsWith('/pagefind/pagefind-worker.js')?url:null}",
  '});',
].join('');
