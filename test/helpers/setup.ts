// Registers the library's Jest matchers for every test file (jest.setupFilesAfterEnv).
import { setupJest } from '../../lib/testing';

setupJest();
