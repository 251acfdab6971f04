/** An antd form rule for an optional field: empty passes, anything typed must pass `check` (an ID number, a mobile). */
export const optionalCheck = (check: (value: string) => boolean, message: string) => ({
  validator: (_rule: unknown, value: unknown) =>
    typeof value !== 'string' || value.trim() === '' || check(value.trim())
      ? Promise.resolve()
      : Promise.reject(new Error(message)),
});
