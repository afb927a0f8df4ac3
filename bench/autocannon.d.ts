// The parts of autocannon 8's API that bench/load.ts uses (the package ships no types).
declare module "autocannon" {
  type Headers = Record<string, string | string[]>;
  export type AutocannonRequest = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest | null;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Headers) => void;
  };
  type Histogram = { average: number; p50: number; p90: number; p99: number; max: number };
  export type AutocannonResult = {
    duration: number;
    latency: Histogram;
    requests: Histogram & { total: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  type Options = {
    /** Several URLs: connection i goes to url[i % url.length]. */
    url: string | string[];
    connections?: number;
    duration?: number;
    amount?: number;
    maxConnectionRequests?: number;
    timeout?: number;
    requests?: AutocannonRequest[];
    initialContext?: Record<string, unknown>;
  };
  function autocannon(options: Options): Promise<AutocannonResult>;
  export default autocannon;
}
