/**
 * Test helpers (`react-cognito-signup/testing`): a transport that answers from handlers, for
 * stories and unit tests of your forms. Not for production code.
 */
export {
  createFakeTransport,
  type FakeHandlers,
  type FakeTransport,
  type RecordedCall,
} from './core/wire/index.js';
