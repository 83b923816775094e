/**
 * The shape of what the user enters. The schema lives in the domain, next to the link codec and
 * the answers file that validate against it; the store and the screens import it from here.
 */
export {
  MAX_SERVICES,
  PlannerInputsSchema,
  SERVICE_NAME_MAX,
  SERVICE_NOTES_MAX,
  ServiceSchema,
  type PlannerInputs,
  type Service,
} from '../domain/inputs';
