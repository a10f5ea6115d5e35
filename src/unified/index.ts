export {
  type RehypeSampleVerdictsOptions,
  rehypeSampleVerdicts,
  type SampleLabels,
} from './rehype-sample-verdicts.js'
export {
  type RemarkSampleVerdictsOptions,
  remarkSampleVerdicts,
  type SampleVerdictNode,
} from './remark-sample-verdicts.js'
