import { HOURS_PER_MONTH } from '../cost-premises.js';
import { configNumber, type Pricer } from './pricer.js';

/**
 * A real-time SageMaker AI endpoint from `endpointType`, `instanceType` and
 * `initialInstanceCount`: instance-hours around the clock. Serverless,
 * asynchronous and batch endpoints, and training, have no sized hours.
 *
 * @example
 * priceSageMaker(sheet, { configuration: { endpointType: 'real-time', instanceType: 'ml.c6i.xlarge', initialInstanceCount: 2 }, workload }); // 1,460 instance-hours
 */
export const priceSageMaker: Pricer = (sheet, { configuration }) => {
  const count = configNumber(configuration, 'initialInstanceCount');
  const type = configuration.instanceType;
  if (configuration.endpointType !== 'real-time' || count === undefined || typeof type !== 'string') return;
  sheet.charge('sagemaker', `${type}-real-time`, count * HOURS_PER_MONTH, { item: `real-time inference instance-hours, ${type}` });
};
