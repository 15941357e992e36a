import { describe, expect, it } from 'vitest';
import { AWS_SERVICE_URI, COGNITO_POOL_ARN, executeApiArn, hasUnknown, IAM_ROLE_ARN, serviceOfUri, uriShape } from '../../src/aws/arn.js';

describe('the text of a value with unknown parts', () => {
  it.each([
    ['a plain string', 'arn:aws:x', 'arn:aws:x', false],
    ['a placeholder', 'arn:${AWS::Partition}:x', 'arn:${AWS::Partition}:x', true],
    ['Fn::Sub', { 'Fn::Sub': 'a${B}c' }, 'a${B}c', true],
    ['Fn::Sub with variables', { 'Fn::Sub': ['a${B}c', { B: 'x' }] }, 'a${B}c', true],
    ['Fn::Join of Ref and GetAtt', { 'Fn::Join': ['/', ['a', { Ref: 'P' }, { 'Fn::GetAtt': ['F', 'Arn'] }]] }, 'a/${P}/${F.Arn}', true],
  ])('%s', (_name, value, shown, unknown) => {
    const shape = uriShape(value)!;
    expect(shape.show(shape.masked)).toBe(shown);
    expect(hasUnknown(shape.masked)).toBe(unknown);
  });

  it('has none for a value with no stated text', () => {
    expect(uriShape({ Ref: 'Uri' })).toBeUndefined();
    expect(uriShape({ 'Fn::GetAtt': 'Fn.Arn' })).toBeUndefined();
    expect(uriShape(['a'])).toBeUndefined();
    expect(uriShape({ Ref: 'A', Extra: 1 })).toBeUndefined();
  });
});

// https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html (`uri`, `credentials`)
describe('integration ARNs', () => {
  it.each([
    ['arn:aws:apigateway:us-east-1:sqs:path/111122223333/queue', true],
    ['arn:aws:apigateway:us-east-1:s3:path/bucket/key', true],
    ['arn:aws:apigateway:us-east-1:runtime.lex:path/bot', true],
    ['arn:aws:apigateway:us-east-1:dynamodb:action/PutItem', true],
    ['arn:aws:apigateway:us-east-1:dynamodb:invoke/PutItem', false],
    ['arn:aws:apigateway:useast:dynamodb:action/PutItem', false],
  ])('%s is an AWS service uri: %s', (uri, expected) => {
    expect(AWS_SERVICE_URI.test(uri)).toBe(expected);
  });

  it('reads the service, the style and the rest', () => {
    expect(serviceOfUri('arn:aws:apigateway:X:runtime.lex:path/bot/x')).toEqual({ service: 'lex', style: 'path', rest: 'bot/x' });
    expect(serviceOfUri('arn:aws:apigateway:us-east-1:sqs:action/SendMessage')).toEqual({ service: 'sqs', style: 'action', rest: 'SendMessage' });
    expect(serviceOfUri('https://example.com')).toBeUndefined();
  });

  it.each([
    ['arn:aws:iam::111122223333:role/apigw', true],
    ['arn:aws:iam::*:user/*', true],
    ['arn:aws:iam::111122223333:user/bob', false],
    ['arn:aws:iam::1111:role/apigw', false],
  ])('%s is integration credentials: %s', (arn, expected) => {
    expect(IAM_ROLE_ARN.test(arn)).toBe(expected);
  });

  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html (`providerARNs`)
  it.each([
    ['arn:aws:cognito-idp:us-east-1:111122223333:userpool/us-east-1_AbC123', true],
    ['arn:aws:cognito-idp:us-east-1:111122223333:userpool/AbC123', false],
  ])('%s is a user pool: %s', (arn, expected) => {
    expect(COGNITO_POOL_ARN.test(arn)).toBe(expected);
  });
});

// https://docs.aws.amazon.com/apigateway/latest/developerguide/arn-format-reference.html
describe('execute-api ARNs', () => {
  it('names a method of a stage', () => {
    expect(executeApiArn({ partition: 'aws', region: 'us-east-1', account: '111122223333', resource: 'a1b2c3/prod/GET/pets' }))
      .toBe('arn:aws:execute-api:us-east-1:111122223333:a1b2c3/prod/GET/pets');
  });
});
