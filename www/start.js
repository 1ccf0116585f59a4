// Starts the app's WebAssembly. It lives in a file rather than an inline
// script so that the page's Content-Security-Policy can forbid inline scripts.
// Trunk writes the hashed file names into this script tag's data attributes.
const tag = document.querySelector("script[data-kliping-js]");
const { default: init } = await import(tag.dataset.klipingJs);
await init({ module_or_path: tag.dataset.klipingWasm });
