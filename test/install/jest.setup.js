// Registers the library's matchers on Jest's expect (both the global one and @jest/globals').
'use strict';
require('cdktf-tencentcloud-cos-events/testing').setupJest();
