/**
 * Actions on the list of services: add, duplicate, reorder, remove and undo the removal.
 * Team answers are untouched by all of them: they belong to the planner, not to a service.
 */
import { MAX_SERVICES, SERVICE_NAME_MAX, type Service } from '../domain/inputs';
import { blankService, usePlannerStore, type PlannerState } from './planner-store';

/** What a list action did: the service it touched, or why it could not. */
export type ServiceListResult = { ok: true; serviceId: string } | { ok: false; reason: string };

const FULL = `A planner holds at most ${MAX_SERVICES} services. Remove one first.`;

function serviceNumber(id: string): number {
  return Number.parseInt(id.slice(1), 10) || 0;
}

/**
 * The next free id: one past the highest in use, counting the service Undo may still bring
 * back, so a restored service never meets a newcomer with its id.
 */
export function nextServiceId(state: Pick<PlannerState, 'services' | 'removed'>): string {
  const ids = [
    ...state.services.map((s) => s.id),
    ...(state.removed ? [state.removed.service.id] : []),
  ];
  return `s${Math.max(0, ...ids.map(serviceNumber)) + 1}`;
}

function insertAt(services: readonly Service[], index: number, service: Service): Service[] {
  const next = [...services];
  next.splice(Math.max(0, Math.min(index, next.length)), 0, service);
  return next;
}

/** Adds a blank service at the end and makes it the active one. */
export function addService(name = ''): ServiceListResult {
  const state = usePlannerStore.getState();
  if (state.services.length >= MAX_SERVICES) return { ok: false, reason: FULL };
  const service = blankService(nextServiceId(state), name);
  usePlannerStore.setState({
    services: [...state.services, service],
    activeServiceId: service.id,
  });
  return { ok: true, serviceId: service.id };
}

/** Copies a service, answers and notes included, right after the original: a start for a similar one. */
export function duplicateService(serviceId: string): ServiceListResult {
  const state = usePlannerStore.getState();
  const index = state.services.findIndex((s) => s.id === serviceId);
  const original = state.services[index];
  if (!original) return { ok: false, reason: 'That service is no longer in the planner.' };
  if (state.services.length >= MAX_SERVICES) return { ok: false, reason: FULL };
  const base = original.name.trim();
  const copy: Service = {
    ...original,
    id: nextServiceId(state),
    name: (base ? `${base} (copy)` : '').slice(0, SERVICE_NAME_MAX),
    answers: { ...original.answers },
  };
  usePlannerStore.setState({
    services: insertAt(state.services, index + 1, copy),
    activeServiceId: copy.id,
  });
  return { ok: true, serviceId: copy.id };
}

/** Moves a service `offset` places (negative: up), stopping at either end. Returns its new index. */
export function moveService(serviceId: string, offset: number): number | null {
  const { services } = usePlannerStore.getState();
  const from = services.findIndex((s) => s.id === serviceId);
  const service = services[from];
  if (!service) return null;
  const to = Math.max(0, Math.min(services.length - 1, from + offset));
  if (to !== from) {
    const rest = services.filter((s) => s.id !== serviceId);
    usePlannerStore.setState({ services: insertAt(rest, to, service) });
  }
  return to;
}

/**
 * Removes a service, keeping it and its position for Undo (only the last removal is kept).
 * The planner always keeps one service. When the active service goes, its neighbour takes over.
 */
export function removeService(serviceId: string): ServiceListResult {
  const { services, activeServiceId } = usePlannerStore.getState();
  const index = services.findIndex((s) => s.id === serviceId);
  const service = services[index];
  if (!service) return { ok: false, reason: 'That service is no longer in the planner.' };
  if (services.length <= 1) return { ok: false, reason: 'A planner keeps at least one service.' };
  const rest = services.filter((s) => s.id !== serviceId);
  const neighbour = rest[Math.min(index, rest.length - 1)];
  usePlannerStore.setState({
    services: rest,
    removed: { service, index },
    activeServiceId: activeServiceId === serviceId && neighbour ? neighbour.id : activeServiceId,
  });
  return { ok: true, serviceId };
}

/** Puts the last removed service back where it was. */
export function undoRemoveService(): ServiceListResult {
  const { services, removed } = usePlannerStore.getState();
  if (!removed) return { ok: false, reason: 'There is no removal to undo.' };
  if (services.length >= MAX_SERVICES) return { ok: false, reason: FULL };
  // Ids are never reused while Undo is offered; this guards against state replaced meanwhile.
  const taken = services.some((s) => s.id === removed.service.id);
  const service = taken
    ? { ...removed.service, id: nextServiceId({ services, removed: null }) }
    : removed.service;
  usePlannerStore.setState({
    services: insertAt(services, removed.index, service),
    removed: null,
  });
  return { ok: true, serviceId: service.id };
}

/** Forgets the last removal: Undo is no longer offered. */
export function dismissRemoval(): void {
  usePlannerStore.setState({ removed: null });
}
