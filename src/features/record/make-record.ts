/** The decision record the form asks for, as Markdown text and a file name. */
import { getKnowledgeBase } from '../../../content';
import { answersForService, type PlannerInputs } from '../../domain/inputs';
import { summarisePortfolio } from '../../domain/portfolio';
import { withProfile, type OpenedProfile } from '../../domain/profile';
import { recommend } from '../../domain/recommend';
import { verdictLanguage } from '../../domain/score';
import { serviceDecisionRecord } from '../../domain/decision-record';
import { portfolioDecisionRecord } from '../../domain/portfolio-record';
import { recordFileName, recordTitle } from '../../domain/record-file-name';
import { splitNames, type RecordValues } from './record-schema';

export interface MadeRecord {
  text: string;
  fileName: string;
}

/**
 * Builds the record for one service (`serviceId`) or for the whole portfolio. `date` is today
 * as YYYY-MM-DD; `permalink` the address that reopens these answers, used when asked for;
 * `profile` the organisation profile applied, which the record is scored with and names.
 */
export function makeRecord(
  inputs: PlannerInputs,
  serviceId: string | undefined,
  values: RecordValues,
  date: string,
  permalink: string,
  profile?: OpenedProfile,
): MadeRecord {
  const kb = getKnowledgeBase();
  // The file's name follows the verdicts the record gives: the profile's.
  const scoring = profile ? withProfile(kb, profile) : kb;
  const options = {
    date,
    status: values.status,
    decisionMakers: splitNames(values.decisionMakers),
    permalink: values.includePermalink ? permalink : undefined,
    profile,
  };
  const service = inputs.services.find((s) => s.id === serviceId);
  if (values.scope === 'service' && service) {
    const answers = answersForService(inputs.teamAnswers, service);
    const language = verdictLanguage(recommend(scoring, answers, inputs.weights).verdict);
    return {
      text: serviceDecisionRecord(kb, { ...service, answers }, inputs.weights, options),
      fileName: recordFileName(
        recordTitle(service.name, language ? [language] : [], true),
        Number(values.number),
      ),
    };
  }
  const languages = summarisePortfolio(scoring, inputs).entries.flatMap((e) => {
    const language = verdictLanguage(e.recommendation.verdict);
    return language ? [language] : [];
  });
  return {
    text: portfolioDecisionRecord(kb, inputs, options),
    fileName: recordFileName(recordTitle('portfolio', languages, false), Number(values.number)),
  };
}
