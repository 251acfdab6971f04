export type MessageParams = Record<string, string | number>;

/** Looks a key up and fills `{name}` placeholders; an unknown placeholder is left visible so it gets noticed. */
export function translate(dictionary: Readonly<Record<string, string>>, key: string, params?: MessageParams): string {
  const template = dictionary[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
