// Both entries (index.js, node.js) export what wasm-bindgen's solieu.js does,
// initialised: these are its declarations, generated from the crate's types.
export * from './solieu.js';
