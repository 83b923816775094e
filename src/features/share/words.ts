/** Small phrases the share screens repeat. */
export { describePlanServices as describeCount } from '../../domain/plan-summary';
