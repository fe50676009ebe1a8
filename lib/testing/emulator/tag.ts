// The Tag product (`tag.tencentcloudapi.com`, version 2018-08-13), as far as the provider reads it for the
// resources the emulator serves: no resource carries tags here, so every lookup answers an empty list.
import { Api3Service } from './api3';
import { optionalArray, optionalInteger, requiredString } from './params';

/** The emulated Tag product. */
export function createTagService(): Api3Service {
  return {
    name: 'tag',
    version: '2018-08-13',
    actions: {
      // DescribeResourceTagsByResourceIdsRequestParams: ServiceType, ResourcePrefix, ResourceIds, ResourceRegion (required).
      DescribeResourceTagsByResourceIds: (p) => {
        requiredString(p, 'ServiceType');
        requiredString(p, 'ResourcePrefix');
        optionalArray(p, 'ResourceIds');
        return { TotalCount: 0, Offset: optionalInteger(p, 'Offset') ?? 0, Limit: optionalInteger(p, 'Limit') ?? 15, Tags: [] };
      },
    },
  };
}
