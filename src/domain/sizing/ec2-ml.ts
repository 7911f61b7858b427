import type { Workload } from '../workload/schema.js';
import { ec2QuotaSentence, INFERENCE_FAMILIES, INSTANCES, QUOTA_NAMES, quotaVcpus, sageMakerQuotaName, TRAINING_FAMILIES } from './accelerated-instances.js';
import { chooseAcceleration } from './sagemaker-endpoint.js';
import { type Configuration, type Sizer, type SizingResult } from './types.js';

const DEEP_LEARNING: readonly string[] = ['tensorflow', 'keras', 'pytorch', 'mxnet', 'gluon'];
/** Frameworks the Neuron SDK compiles for Inferentia2 and Trainium (AWS Neuron documentation). */
const NEURON_FRAMEWORKS: readonly string[] = ['pytorch', 'tensorflow', 'keras'];

/** The instance each use is sized on: one 8-GPU P5 for training, one 1-GPU G6 for inference. */
const TRAINING_INSTANCE = 'p5.48xlarge';
const INFERENCE_INSTANCE = 'g6.xlarge';
const INFERENTIA_INSTANCE = 'inf2.xlarge';

interface Uses {
  training: boolean;
  inference: boolean;
  /** Predictions made offline by a batch transform job, not served by an endpoint. */
  batchScoring: boolean;
  /** SageMaker AI's endpoint sizing puts the model on an accelerator. */
  acceleratedInference: boolean;
  neuron: boolean;
}

/** What the GPUs are for: training unless only inference is asked for; Neuron when the frameworks allow it. */
function usesOf(workload: Workload): Uses {
  const inference = workload.ml?.inference === true;
  const frameworks = workload.ml?.frameworks ?? [];
  return {
    training: workload.ml?.training === true || !inference,
    inference,
    batchScoring: inference && workload.latency === 'batch',
    acceleratedInference: inference && chooseAcceleration(workload) !== 'cpu',
    neuron: frameworks.length === 0 || frameworks.some((f) => NEURON_FRAMEWORKS.includes(f)),
  };
}

/** Families and their reasons: "train faster" only for training, latency and cost per prediction for inference. */
function familySentences(uses: Uses): string[] {
  const sentences: string[] = [];
  if (uses.training) {
    sentences.push(
      `To train: P5 (8 H100), P5e or P5en (8 H200) and P6-B200 (8 B200) train large models faster across many GPUs; G6 (L4) or G6e (L40S) train smaller models on one GPU for less${uses.neuron ? ', and Trn1 or Trn2 (Trainium) cut the cost of training for models the Neuron SDK compiles' : ''}.`,
    );
  }
  if (uses.inference) {
    sentences.push(
      `To serve predictions: one-GPU G6 (L4, 24 GB) or G6e (L40S, 48 GB) instances keep latency low for deep-learning models${uses.neuron ? ', and Inferentia2 (inf2) gives the lowest cost per prediction once the model is compiled with the Neuron SDK' : ''}; size by the model's memory, not by training speed.`,
    );
  }
  return sentences;
}

/** EC2's vCPU quotas, or SageMaker AI's per-instance quotas when SageMaker is the platform. */
function quotaPart(uses: Uses, onSageMaker: boolean, isNew: boolean): Pick<SizingResult, 'configuration' | 'rationale'> {
  // On SageMaker AI an inference the endpoint sizing puts on CPU asks for no GPU quota.
  const gpuInference = uses.inference && (!onSageMaker || uses.acceleratedInference);
  const sized: Array<[string, 'training' | 'endpoint' | 'transform']> = [
    ...(uses.training ? [[TRAINING_INSTANCE, 'training'] as [string, 'training']] : []),
    ...(gpuInference ? [[INFERENCE_INSTANCE, uses.batchScoring ? 'transform' : 'endpoint'] as [string, 'endpoint' | 'transform']] : []),
  ];
  if (onSageMaker && sized.length === 0) {
    return { configuration: {}, rationale: ['At the request rate given, SageMaker AI serves the model on CPU instances: no GPU quota is needed until traffic or latency calls for one.'] };
  }
  if (onSageMaker) {
    const names = sized.map(([type, use]) => sageMakerQuotaName(`ml.${type}`, use));
    return {
      configuration: { instanceTypes: sized.map(([type]) => `ml.${type}`), serviceQuotas: names },
      rationale: [
        `On SageMaker AI the quotas are SageMaker's own, counted in instances per type and use rather than EC2's vCPUs: request ${names.map((n) => `"${n}"`).join(' and ')}, one for each instance a job or endpoint runs${isNew ? '; a new account often starts them at 0' : ''}.`,
      ],
    };
  }
  const vcpus = quotaVcpus(sized.map(([type]) => [type, 1] as const));
  const configuration: Configuration = { instanceTypes: sized.map(([type]) => type), serviceQuotas: sized.map(([type]) => QUOTA_NAMES[INSTANCES[type].quota]) };
  if (uses.training) configuration.trainingQuotaVcpus = vcpus.p ?? 0;
  if (uses.inference) configuration.inferenceQuotaVcpus = vcpus.g ?? 0;
  const rationale = sized.map(([type]) => ec2QuotaSentence(type));
  if (uses.training) rationale.push('A p5.4xlarge (1 H100, 16 vCPUs) is the smaller entry point when 192 vCPUs of P quota are hard to get.');
  if (uses.inference && uses.neuron) rationale.push(ec2QuotaSentence(INFERENTIA_INSTANCE));
  rationale.push(`EC2 quotas count vCPUs per family group, separately for On-Demand and Spot${isNew ? ', and a new account often starts the P and G groups at 0' : ''}: request them days before launch.`);
  return { configuration, rationale };
}

/**
 * GPU and accelerator families for training and inference, and the
 * On-Demand quota to request: EC2 vCPUs per family group (192 for one
 * p5.48xlarge), or SageMaker AI's per-instance quotas when SageMaker runs them.
 *
 * @example
 * sizeAcceleratedComputing({ workload: { ml: { training: true } }, recommended: new Set(), flows: [], reading }).configuration.trainingQuotaVcpus; // 192
 */
export const sizeAcceleratedComputing: Sizer = ({ workload, recommended }) => {
  const uses = usesOf(workload);
  const families = [...(uses.training ? TRAINING_FAMILIES : []), ...(uses.inference ? INFERENCE_FAMILIES : [])].filter(
    (family, index, all) => all.indexOf(family) === index && (uses.neuron || !['trn1', 'trn2', 'inf2'].includes(family)),
  );
  // A Deep Learning AMI means self-managed EC2 instances: their quotas are EC2's, whatever else runs on SageMaker AI.
  const onSageMaker = recommended.has('sagemaker') && !recommended.has('dlami-conda') && !recommended.has('dlami-base');
  const quotas = quotaPart(uses, onSageMaker, workload.account?.isNew === true);
  const rationale = [...familySentences(uses), ...quotas.rationale];
  if (uses.training) {
    rationale.push(
      `For a fixed training window, ${onSageMaker ? 'SageMaker training plans reserve' : 'EC2 Capacity Blocks for ML reserve'} the GPUs ahead of time; P6-B200 was first offered only through Capacity Blocks.`,
    );
  }
  return { configuration: { instanceFamilies: families, ...quotas.configuration }, rationale, warnings: [] };
};

/**
 * CPU instance families for classic ML, and the quota they count against.
 *
 * @example
 * sizeComputeOptimized({ workload: { ml: { frameworks: ['xgboost'] } }, recommended: new Set(), flows: [], reading }).configuration.instanceFamilies; // ['c7i', 'c7g', 'c6i']
 */
export const sizeComputeOptimized: Sizer = ({ workload, recommended }) => {
  const frameworks = (workload.ml?.frameworks ?? []).filter((f) => !DEEP_LEARNING.includes(f));
  // A Deep Learning AMI means self-managed EC2 instances: their quotas are EC2's, whatever else runs on SageMaker AI.
  const onSageMaker = recommended.has('sagemaker') && !recommended.has('dlami-conda') && !recommended.has('dlami-base');
  const training = workload.ml?.training === true;
  const inference = workload.ml?.inference === true;
  const sageMakerQuotas = [
    ...(training || !inference ? [sageMakerQuotaName('ml.c5.2xlarge', 'training')] : []),
    ...(inference ? [sageMakerQuotaName('ml.c6i.xlarge', workload.latency === 'batch' ? 'transform' : 'endpoint')] : []),
  ];
  return {
    configuration: { instanceFamilies: ['c7i', 'c7g', 'c6i'], serviceQuotas: onSageMaker ? sageMakerQuotas : [QUOTA_NAMES.standard] },
    rationale: [
      `${frameworks.length > 0 ? frameworks.join(' and ') : 'CPU-bound ML'} runs on many fast cores: C instances (c7i, or Graviton c7g for lower cost) give the most CPU per dollar.`,
      onSageMaker
        ? `SageMaker AI counts its own quotas per instance type and use (${sageMakerQuotas.map((q) => `"${q}"`).join(', ')}), not EC2's Standard vCPU quota.`
        : `They count against "${QUOTA_NAMES.standard}", the vCPU quota most accounts already have room in.`,
    ],
    warnings: [],
  };
};
