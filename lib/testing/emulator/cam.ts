// The CAM product (`cam.tencentcloudapi.com`, version 2019-01-16): roles, custom policies, role-policy
// attachments and the account's identity. Field shapes: tencentcloud-sdk-go cam/v20190116 models.go (RoleInfo,
// GetPolicyResponseParams, AttachedPolicyOfRole); error codes: the lists in its client.go.
import { Api3Params, Api3Service, ApiError } from './api3';
import { optionalArray, optionalInteger, optionalString, requiredString } from './params';
import { CloudState, PolicyRecord, RoleRecord, formatTime } from './state';

// CAM "Role" / "Policy" naming rules: 1-128 characters, letters, digits and +=,.@_-.
const CAM_NAME = /^[A-Za-z0-9+=,.@_-]{1,128}$/;

/** The emulated CAM product. */
export function createCamService(state: CloudState): Api3Service {
  return {
    name: 'cam',
    version: '2019-01-16',
    targetOf: (_action, p) => {
      for (const key of ['RoleName', 'PolicyName', 'RoleId', 'AttachRoleId', 'DetachRoleId', 'PolicyId']) {
        if (p[key] !== undefined) return `${key}=${JSON.stringify(p[key])}`;
      }
      return undefined;
    },
    actions: {
      CreateRole: (p) => {
        const roleName = requiredString(p, 'RoleName');
        if (!CAM_NAME.test(roleName)) {
          throw new ApiError('InvalidParameter.RoleNameError', `RoleName ${JSON.stringify(roleName)} is invalid: 1-128 letters, digits or +=,.@_-.`);
        }
        if ([...state.roles.values()].some((r) => r.roleName === roleName)) {
          throw new ApiError('InvalidParameter.RoleNameInUse', `Role ${roleName} already exists.`);
        }
        const policyDocument = checkDocument(requiredString(p, 'PolicyDocument'));
        const now = formatTime(Date.now());
        const role: RoleRecord = {
          roleId: state.newRoleId(),
          roleName,
          policyDocument,
          description: checkDescription(optionalString(p, 'Description') ?? ''),
          consoleLogin: optionalInteger(p, 'ConsoleLogin') ?? 0,
          sessionDuration: optionalInteger(p, 'SessionDuration') ?? 7200,
          addTime: now,
          updateTime: now,
        };
        state.roles.set(role.roleId, role);
        return { RoleId: role.roleId };
      },
      DescribeRoleList: (p) => {
        const page = optionalInteger(p, 'Page') ?? 1;
        const rp = optionalInteger(p, 'Rp') ?? 20;
        if (page < 1 || rp < 1 || rp > 200) {
          throw new ApiError('InvalidParameter.ParamError', 'Page must be at least 1 and Rp between 1 and 200.');
        }
        const all = [...state.roles.values()];
        return { List: all.slice((page - 1) * rp, page * rp).map((r) => roleInfo(state, r)), TotalNum: all.length };
      },
      GetRole: (p) => ({ RoleInfo: roleInfo(state, findRole(state, p, 'RoleId', 'RoleName')) }),
      DeleteRole: (p) => {
        const role = findRole(state, p, 'RoleId', 'RoleName');
        state.roles.delete(role.roleId);
        state.attachments = state.attachments.filter((a) => a.roleId !== role.roleId);
        return {};
      },
      UpdateRoleDescription: (p) => updateRole(state, p, { description: checkDescription(optionalString(p, 'Description') ?? '') }),
      UpdateAssumeRolePolicy: (p) => updateRole(state, p, { policyDocument: checkDocument(requiredString(p, 'PolicyDocument')) }),
      UpdateRoleConsoleLogin: (p) => updateRole(state, p, { consoleLogin: optionalInteger(p, 'ConsoleLogin') ?? 0 }),
      UpdateRoleSessionDuration: (p) => updateRole(state, p, { sessionDuration: optionalInteger(p, 'SessionDuration') ?? 7200 }),
      CreatePolicy: (p) => {
        const policyName = requiredString(p, 'PolicyName');
        if (!CAM_NAME.test(policyName)) {
          throw new ApiError('InvalidParameter.PolicyNameError', `PolicyName ${JSON.stringify(policyName)} is invalid: 1-128 letters, digits or +=,.@_-.`);
        }
        if ([...state.policies.values()].some((x) => x.policyName === policyName)) {
          throw new ApiError('FailedOperation.PolicyNameInUse', `Policy ${policyName} already exists.`);
        }
        const now = formatTime(Date.now());
        const policy: PolicyRecord = {
          policyId: state.newPolicyId(),
          policyName,
          policyDocument: checkDocument(requiredString(p, 'PolicyDocument')),
          description: checkDescription(optionalString(p, 'Description') ?? ''),
          addTime: now,
          updateTime: now,
        };
        state.policies.set(policy.policyId, policy);
        return { PolicyId: policy.policyId };
      },
      GetPolicy: (p) => {
        const policy = findPolicy(state, p, 'ResourceNotFound.PolicyIdNotFound');
        return {
          PolicyName: policy.policyName,
          Description: policy.description,
          Type: 1,
          AddTime: policy.addTime,
          UpdateTime: policy.updateTime,
          // CAM answers documents with '/' escaped as '\/' (the provider undoes it on read).
          PolicyDocument: policy.policyDocument.replace(/\//g, '\\/'),
          PresetAlias: '',
          IsServiceLinkedRolePolicy: 0,
          Tags: [],
        };
      },
      UpdatePolicy: (p) => {
        const policy = findPolicy(state, p, 'InvalidParameter.PolicyIdNotExist');
        const document = optionalString(p, 'PolicyDocument');
        const description = optionalString(p, 'Description');
        state.policies.set(policy.policyId, {
          ...policy,
          policyDocument: document === undefined ? policy.policyDocument : checkDocument(document),
          description: description === undefined ? policy.description : checkDescription(description),
          updateTime: formatTime(Date.now()),
        });
        return { PolicyId: policy.policyId };
      },
      DeletePolicy: (p) => {
        const ids = (optionalArray(p, 'PolicyId') ?? []).map(Number);
        if (ids.length === 0) throw new ApiError('InvalidParameter.ParamError', 'PolicyId is required.');
        for (const id of ids) {
          if (!state.policies.has(id)) throw new ApiError('ResourceNotFound.PolicyIdNotFound', `Policy ${id} does not exist.`);
        }
        for (const id of ids) {
          state.policies.delete(id);
          state.attachments = state.attachments.filter((a) => a.policyId !== id);
        }
        return {};
      },
      AttachRolePolicy: (p) => {
        const role = findRole(state, p, 'AttachRoleId', 'AttachRoleName');
        const policy = findPolicy(state, p, 'InvalidParameter.PolicyIdNotExist');
        if (!state.attachments.some((a) => a.roleId === role.roleId && a.policyId === policy.policyId)) {
          state.attachments.push({ roleId: role.roleId, policyId: policy.policyId, addTime: formatTime(Date.now()) });
        }
        return {};
      },
      DetachRolePolicy: (p) => {
        const role = findRole(state, p, 'DetachRoleId', 'DetachRoleName');
        const policy = findPolicy(state, p, 'InvalidParameter.PolicyIdNotExist');
        state.attachments = state.attachments.filter((a) => !(a.roleId === role.roleId && a.policyId === policy.policyId));
        return {};
      },
      ListAttachedRolePolicies: (p) => {
        const page = optionalInteger(p, 'Page') ?? 1;
        const rp = optionalInteger(p, 'Rp') ?? 20;
        const role = findRole(state, p, 'RoleId', 'RoleName');
        const list = state.attachments.filter((a) => a.roleId === role.roleId).map((a) => {
          const policy = state.policies.get(a.policyId)!;
          return {
            PolicyId: policy.policyId,
            PolicyName: policy.policyName,
            AddTime: a.addTime,
            PolicyType: 'User',
            CreateMode: 1,
            Deactived: 0,
            DeactivedDetail: [],
            Description: policy.description,
          };
        });
        return { List: list.slice((page - 1) * rp, page * rp), TotalNum: list.length };
      },
      GetUserAppId: () => ({ Uin: state.account.uin, OwnerUin: state.account.ownerUin, AppId: Number(state.account.appId) }),
      DescribeSubAccounts: (p) => {
        const uins = (optionalArray(p, 'FilterSubAccountUin') ?? []).map(String);
        // The caller is the root account: it is no sub-account of itself, so nothing matches.
        void uins;
        return { SubAccounts: [] };
      },
    },
  };
}

function roleInfo(state: CloudState, r: RoleRecord): Record<string, unknown> {
  return {
    RoleId: r.roleId,
    RoleName: r.roleName,
    PolicyDocument: r.policyDocument,
    Description: r.description,
    AddTime: r.addTime,
    UpdateTime: r.updateTime,
    ConsoleLogin: r.consoleLogin,
    RoleType: 'user',
    SessionDuration: r.sessionDuration,
    Tags: [],
    RoleArn: `qcs::cam::uin/${state.account.ownerUin}:roleName/${r.roleName}`,
  };
}

function findRole(state: CloudState, p: Api3Params, idKey: string, nameKey: string): RoleRecord {
  const id = optionalString(p, idKey);
  const name = optionalString(p, nameKey);
  if (!id && !name) {
    throw new ApiError('InvalidParameter.ParamError', `${idKey} or ${nameKey} is required.`);
  }
  const role = id ? state.roles.get(id) : [...state.roles.values()].find((r) => r.roleName === name);
  if (!role) {
    throw new ApiError('InvalidParameter.RoleNotExist', `Role ${id ?? name} does not exist.`);
  }
  return role;
}

function findPolicy(state: CloudState, p: Api3Params, notFoundCode: string): PolicyRecord {
  const raw = p.PolicyId;
  const name = optionalString(p, 'PolicyName');
  if (raw === undefined && !name) throw new ApiError('InvalidParameter.ParamError', 'PolicyId is required.');
  if (raw !== undefined && (typeof raw !== 'number' || !Number.isInteger(raw))) {
    throw new ApiError('InvalidParameter.PolicyIdError', `PolicyId ${JSON.stringify(raw)} is not a policy id.`);
  }
  const policy = raw !== undefined ? state.policies.get(raw) : [...state.policies.values()].find((x) => x.policyName === name);
  if (!policy) throw new ApiError(notFoundCode, `Policy ${raw ?? name} does not exist.`);
  return policy;
}

function updateRole(state: CloudState, p: Api3Params, change: Partial<RoleRecord>): Record<string, unknown> {
  const role = findRole(state, p, 'RoleId', 'RoleName');
  state.roles.set(role.roleId, { ...role, ...change, updateTime: formatTime(Date.now()) });
  return {};
}

// CAM policy syntax: {"version":"2.0","statement":[...]}, each statement with an effect (allow/deny).
function checkDocument(document: string): string {
  let parsed: { version?: unknown; statement?: unknown };
  try {
    parsed = JSON.parse(document);
  } catch {
    throw new ApiError('InvalidParameter.PolicyDocumentError', 'PolicyDocument is not valid JSON.');
  }
  if (parsed.version !== '2.0') {
    throw new ApiError('InvalidParameter.VersionError', 'PolicyDocument.version must be "2.0".');
  }
  if (!Array.isArray(parsed.statement) || parsed.statement.length === 0) {
    throw new ApiError('InvalidParameter.StatementError', 'PolicyDocument.statement must be a non-empty array.');
  }
  for (const st of parsed.statement as Array<{ effect?: unknown }>) {
    if (st.effect !== 'allow' && st.effect !== 'deny') {
      throw new ApiError('InvalidParameter.EffectError', 'Every statement needs an effect of "allow" or "deny".');
    }
  }
  if (document.length > 6144) {
    throw new ApiError('InvalidParameter.PolicyDocumentLengthOverLimit', 'PolicyDocument is longer than 6144 characters.');
  }
  return document;
}

function checkDescription(description: string): string {
  if (description.length > 300) {
    throw new ApiError('InvalidParameter.DescriptionLengthOverlimit', 'Description is longer than 300 characters.');
  }
  return description;
}
