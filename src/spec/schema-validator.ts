// The plan schema's validator, generated ahead of time (see schema-codegen.ts), with its type.

import type { ErrorObject } from "ajv";
import generated from "./plan-validator.generated.js";

/** An ajv error as produced with `verbose: true`: it carries the failing value and its parent schema. */
export type SchemaError = ErrorObject & { parentSchema?: SchemaNode; data?: unknown };

export interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  anyOf?: SchemaNode[];
  required?: string[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  [keyword: string]: unknown;
}

interface Validator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

const validator = generated as unknown as Validator;

/** Validates against schemas/plan.schema.json; returns every error (allErrors). */
export function schemaErrors(data: unknown): SchemaError[] {
  return validator(data) ? [] : [...(validator.errors ?? [])];
}
