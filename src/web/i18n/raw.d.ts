// Vite's `?raw` import: the file's content as a string (i18n/index.ts loads the page texts so).
declare module '*.json?raw' {
  const content: string;
  export default content;
}
