import { isObject } from '../model/detect.js';
import type { ApiModel } from '../model/model.js';

/** Something of the API the server does not reproduce, and what it does instead. */
export interface ApiLimit {
  /** What it concerns: a resource's logical id in the template. */
  route: string;
  reason: string;
  /** What the server does instead (routes that cannot be served answer 500 and have none). */
  effect: string;
}

function refersTo(value: unknown, id: string): boolean {
  if (value === id) return true;
  if (isObject(value)) {
    if (value.Ref === id) return true;
    const getAtt = value['Fn::GetAtt'];
    if (Array.isArray(getAtt) && getAtt[0] === id) return true;
    if (typeof getAtt === 'string' && getAtt.split('.')[0] === id) return true;
    const sub = value['Fn::Sub'];
    if (typeof sub === 'string' && sub.includes(`\${${id}`)) return true;
  }
  return JSON.stringify(value ?? null).includes(`"${id}"`);
}

function hasThrottling(settings: unknown): boolean {
  const all = Array.isArray(settings) ? settings : isObject(settings) ? Object.values(settings) : [];
  return [settings, ...all].some((s) => isObject(s) && Object.keys(s).some((k) => /^Throttling(Burst|Rate)Limit$/.test(k)));
}

/**
 * What API Gateway applies around the routes that the server cannot reproduce and does not
 * approximate: usage plans (throttling, quotas), stage throttling, WAF web ACLs and mutual TLS on a
 * custom domain name, as far as the definition or its CloudFormation/SAM template shows them.
 */
export function apiLimits(model: ApiModel, resource: string | undefined): ApiLimit[] {
  const out: ApiLimit[] = [];
  const ignored = 'ignored';
  const root = model.root.root;
  if (!resource || !isObject(root) || !isObject(root.Resources)) return out;
  const api = root.Resources[resource];
  const apiProps = isObject(api) && isObject(api.Properties) ? api.Properties : {};
  if (isObject(apiProps.Domain) && apiProps.Domain.MutualTlsAuthentication !== undefined) out.push({ route: resource, reason: 'mutual TLS of its custom domain name is not checked', effect: ignored });
  if (isObject(apiProps.Auth) && apiProps.Auth.UsagePlan !== undefined) out.push({ route: resource, reason: 'its usage plan (throttling and quotas) is not applied', effect: ignored });
  if (hasThrottling(apiProps.MethodSettings) || hasThrottling(apiProps.DefaultRouteSettings) || hasThrottling(apiProps.RouteSettings)) {
    out.push({ route: resource, reason: 'throttling of its stage is not applied', effect: ignored });
  }
  for (const [id, value] of Object.entries(root.Resources)) {
    if (!isObject(value) || typeof value.Type !== 'string' || id === resource) continue;
    const props = isObject(value.Properties) ? value.Properties : {};
    const type = value.Type;
    if (type === 'AWS::ApiGateway::UsagePlan' && refersTo(props.ApiStages, resource)) out.push({ route: id, reason: 'usage plan throttling and quotas are not applied', effect: ignored });
    else if ((type === 'AWS::ApiGateway::Stage' || type === 'AWS::ApiGatewayV2::Stage') && refersTo(props.RestApiId ?? props.ApiId, resource)
      && (hasThrottling(props.MethodSettings) || hasThrottling(props.DefaultRouteSettings) || hasThrottling(props.RouteSettings))) {
      out.push({ route: id, reason: 'stage throttling is not applied', effect: ignored });
    } else if ((type === 'AWS::WAFv2::WebACLAssociation' || type === 'AWS::WAFRegional::WebACLAssociation') && refersTo(props.ResourceArn, resource)) {
      out.push({ route: id, reason: 'its WAF web ACL is not applied', effect: ignored });
    } else if ((type === 'AWS::ApiGateway::DomainName' || type === 'AWS::ApiGatewayV2::DomainName') && props.MutualTlsAuthentication !== undefined) {
      out.push({ route: id, reason: 'mutual TLS of this custom domain name is not checked', effect: ignored });
    }
  }
  return out;
}
