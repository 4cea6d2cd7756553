// `import css from './x.css?inline'`: Vite returns the (minified, in a build) stylesheet as a string.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
