/** juice's `client` entry (the inliner without web-resource-inliner) has the main entry's API for strings; its package types only the main one. */
declare module 'juice/client.js' {
  import juice from 'juice';
  export default juice;
}
