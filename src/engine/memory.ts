// The kernel's memory budget for array data, in bytes. The kernel worker sets it once at start from
// the host's setting (gradbook.kernel.memoryLimitMB, `gradbook run --memory-limit MB`).
// Placeholder until the engine's memory-budget work lands: it only stores the number.
let budgetBytes = Infinity;

export function setMemoryBudget(bytes: number): void { budgetBytes = bytes; }
