/** Kept while modules move to src/contract; import from src/contract/*.contract.ts instead. */
export { idParamsSchema as idParams, okBodySchema as okBody, roleSchema, listOf } from '../../contract/common.contract';
export { errorBodySchema as errorBody } from '../../contract/errors.contract';
export { meSchema } from '../../contract/auth.contract';
