// What the panel loads after first paint for nudges: the phrase engine, and the way to ask the meaning
// host for the learned second opinion.
export { analyse } from '../nudges';
export { requestOpinion } from './second-opinion';
