// Helpers that keep the protobufjs JSON descriptors below readable: one line per field, written
// from TF's .proto files (field numbers and types), not generated.
export interface FieldJson { id: number; type: string; rule?: 'repeated'; keyType?: string }
export interface MessageJson {
  fields: Record<string, FieldJson>;
  oneofs?: Record<string, { oneof: string[] }>;
  nested?: Record<string, MessageJson | EnumJson>;
}
export interface EnumJson { values: Record<string, number> }

export const field = (id: number, type: string): FieldJson => ({ id, type });
export const repeated = (id: number, type: string): FieldJson => ({ id, type, rule: 'repeated' });
export const map = (id: number, type: string): FieldJson => ({ id, type, keyType: 'string' });

export function message(fields: Record<string, FieldJson>, extra: Omit<MessageJson, 'fields'> = {}): MessageJson {
  return { fields, ...extra };
}
export function enumOf(values: Record<string, number>): EnumJson { return { values }; }
export function oneof(name: string, members: string[]): Record<string, { oneof: string[] }> {
  return { [name]: { oneof: members } };
}
