declare module 'human-names' {
  const names: Record<string, string[] | (() => string)>;
  export default names;
}
