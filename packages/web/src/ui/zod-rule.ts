import type { FormRule } from 'antd';
import type { z } from 'zod';

/**
 * An antd form rule backed by the same zod schema the server validates with, so the two cannot drift;
 * the message is ours because zod's are English and technical.
 */
export function zodRule(schema: z.ZodType, message: string): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      const normalized = value === '' || value === null ? undefined : value;
      return schema.safeParse(normalized).success ? Promise.resolve() : Promise.reject(new Error(message));
    },
  };
}
