import { describe, expect, it } from 'vitest';
import { uriShape } from '../../src/aws/arn.js';
import { FUNCTION_ARN, functionNameIn, isLambdaUri, isLambdaUriValue, parseFunctionArn, parseLambdaInvocation } from '../../src/aws/lambda.js';

// Lambda integration uris: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html,
// the streaming form: https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode-lambda.html,
// a function ARN as an HTTP API's uri: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html.
const FN = 'arn:aws:lambda:us-west-1:111122223333:function:my-function-name';
const masked = (v: unknown) => uriShape(v)!.masked;

describe('isLambdaUri', () => {
  it.each([
    ['REST invocation uri', `arn:aws:apigateway:us-west-1:lambda:path/2015-03-31/functions/${FN}/invocations`, true],
    ['streaming invocation uri', `arn:aws:apigateway:us-west-1:lambda:path/2021-11-15/functions/${FN}/response-streaming-invocations`, true],
    ['region and function as placeholders', 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations', true],
    ['partition as a placeholder', 'arn:${AWS::Partition}:apigateway:us-east-1:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations', true],
    ['HTTP API function ARN', FN, true],
    ['function ARN, account as a placeholder', 'arn:aws:lambda:us-west-1:${AWS::AccountId}:function:f', true],
    ['function ARN with a 3-digit account', 'arn:aws:lambda:us-west-1:123:function:f', false],
    ['function ARN inside an http url', `https://example.com/${FN}`, false],
    ['invocation path inside an http url', 'https://example.com/arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/x/invocations', false],
    ['Lambda layer ARN', 'arn:aws:lambda:us-west-1:111122223333:layer:my-layer:1', false],
    ['AWS service uri', 'arn:aws:apigateway:us-east-1:sqs:path/111122223333/queue', false],
    ['whole uri a placeholder', '${FunctionUri}', false],
  ])('%s', (_name, uri, expected) => {
    expect(isLambdaUri(masked(uri))).toBe(expected);
  });

  it('reads Fn::Sub and Fn::Join values, and not an intrinsic with no stated text', () => {
    expect(isLambdaUriValue({ 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations' })).toBe(true);
    expect(isLambdaUriValue({ 'Fn::Join': ['', ['arn:aws:apigateway:', { Ref: 'AWS::Region' }, ':lambda:path/2015-03-31/functions/', { 'Fn::GetAtt': ['Fn', 'Arn'] }, '/invocations']] })).toBe(true);
    expect(isLambdaUriValue({ 'Fn::GetAtt': ['Fn', 'Arn'] })).toBe(false);
    expect(isLambdaUriValue(42)).toBe(false);
  });
});

describe('parseLambdaInvocation', () => {
  it.each([
    ['buffered', `arn:aws:apigateway:us-west-1:lambda:path/2015-03-31/functions/${FN}/invocations`, { functionArn: FN, version: '2015-03-31', streaming: false }],
    ['streaming', `arn:aws:apigateway:us-west-1:lambda:path/2021-11-15/functions/${FN}/response-streaming-invocations`, { functionArn: FN, version: '2021-11-15', streaming: true }],
    ['placeholders kept', 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${stageVariables.fn}/invocations',
      { functionArn: '${stageVariables.fn}', version: '2015-03-31', streaming: false }],
    ['alias kept', `arn:aws-cn:apigateway:cn-north-1:lambda:path/2015-03-31/functions/${FN}:live/invocations`, { functionArn: `${FN}:live`, version: '2015-03-31', streaming: false }],
    // Each Lambda API version has its own action: Invoke is 2015-03-31, InvokeWithResponseStream 2021-11-15.
    ['streaming action with the buffered date', `arn:aws:apigateway:us-west-1:lambda:path/2015-03-31/functions/${FN}/response-streaming-invocations`, undefined],
    ['buffered action with the streaming date', `arn:aws:apigateway:us-west-1:lambda:path/2021-11-15/functions/${FN}/invocations`, undefined],
    ['another date', `arn:aws:apigateway:us-west-1:lambda:path/2016-01-01/functions/${FN}/invocations`, undefined],
    ['not a region', `arn:aws:apigateway:uswest:lambda:path/2015-03-31/functions/${FN}/invocations`, undefined],
    ['bare function ARN', FN, undefined],
  ])('%s', (_name, uri, expected) => {
    expect(parseLambdaInvocation(uri)).toEqual(expected);
  });
});

describe('function ARNs', () => {
  it.each([
    [FN, true],
    [`${FN}:live`, true],
    [`${FN}:$LATEST`, true],
    ['${Fn.Arn}', true],
    ['arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Name}', true],
    ['arn:aws:lambda:us-west-1:123:function:f', false],
    [`arn:aws:lambda:us-west-1:111122223333:function:${'f'.repeat(65)}`, false],
    ['my-function-name', false],
  ])('%s is a function ARN: %s', (arn, expected) => {
    expect(FUNCTION_ARN.test(masked(arn))).toBe(expected);
  });

  it('parses one stated in full', () => {
    expect(parseFunctionArn(`${FN}:7`)).toEqual({ partition: 'aws', region: 'us-west-1', account: '111122223333', name: 'my-function-name', qualifier: '7' });
    expect(parseFunctionArn('arn:aws-us-gov:lambda:us-gov-west-1:111122223333:function:f')).toEqual({ partition: 'aws-us-gov', region: 'us-gov-west-1', account: '111122223333', name: 'f' });
    expect(parseFunctionArn('arn:aws:lambda:us-west-1:${AWS::AccountId}:function:f')).toBeUndefined();
  });
});

describe('functionNameIn', () => {
  it.each([
    [`arn:aws:apigateway:us-west-1:lambda:path/2015-03-31/functions/${FN}:live/invocations`, 'my-function-name'],
    [FN, 'my-function-name'],
    ['my-function-name', undefined],
  ])('%s names %s', (text, expected) => {
    expect(functionNameIn(text)).toBe(expected);
  });
});
