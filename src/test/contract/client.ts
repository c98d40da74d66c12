// A small client of the Storyline API, as an app would write it: its types come from the client that
// openapi-typescript generates from the service's OpenAPI document (generated/storyline.ts), its calls go
// through openapi-fetch. check.sh type-checks it (tsc --noEmit), so a document that types a response
// as {} or a parameter as a string breaks the build; then runs it against the service.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/storyline.js";

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

type Story = components["schemas"]["Story"];
type Problem = components["schemas"]["Problem"];
type TimelineEntry = components["schemas"]["TimelineEntry"];

const baseUrl = process.env["STORYLINE_URL"] ?? "http://localhost:8080";
// The media types each client reads: its answers, and problems (every error is application/problem+json).
const api = createClient<paths, "application/json" | "application/problem+json">({ baseUrl });
const timelineJs = createClient<paths, "application/vnd.timelinejs+json" | "application/problem+json">({
  baseUrl,
});

/** Every story, a page at a time. */
export async function listStories(pageSize: number): Promise<Story[]> {
  const stories: Story[] = [];
  let cursor: string | undefined;
  do {
    const { data, error } = await api.GET("/api/stories", {
      params: { query: { limit: pageSize, cursor } },
    });
    if (error) {
      throw new Error(`stories: ${error.status} ${error.title}: ${error.detail ?? ""}`);
    }
    stories.push(...data.items);
    cursor = data.next ?? undefined;
  } while (cursor !== undefined);
  return stories;
}

/** A phone's timeline: the fields it shows, pages of ten, article titles from each page's map. */
export async function timelineHeadlines(storyId: number): Promise<string[]> {
  const lines: string[] = [];
  let cursor: string | undefined;
  do {
    const { data, error } = await api.GET("/api/stories/{id}/timeline", {
      params: {
        path: { id: storyId },
        query: {
          limit: 10,
          cursor,
          summary: false,
          fields: "date,headline,places,sources.articleId",
        },
      },
    });
    if (error) {
      throw new Error(`timeline: ${error.status} ${error.detail ?? ""}`);
    }
    // Without ?dates= the answer is the timeline, not its key dates.
    if (!("entries" in data)) {
      throw new Error("timeline: key dates answered a timeline request");
    }
    for (const entry of data.entries) {
      lines.push(describe(entry, data.articles ?? {}));
    }
    cursor = data.next ?? undefined;
  } while (cursor !== undefined);
  return lines;
}

function describe(
  entry: TimelineEntry,
  articles: { [id: string]: components["schemas"]["TimelineArticle"] },
): string {
  const cited = (entry.sources ?? []).map((s) => articles[String(s.articleId)]?.title ?? "?");
  return `${entry.date ?? ""} ${entry.places?.join(", ") ?? ""}: ${entry.headline ?? ""} [${cited.length} sources: ${cited[0] ?? ""}]`;
}

/** Revalidates a story: 304 while it has not changed, so nothing is downloaded again. */
export async function unchangedSince(storyId: number, etag: string): Promise<boolean> {
  const { response } = await api.GET("/api/stories/{id}", {
    params: { path: { id: storyId } },
    headers: { "If-None-Match": etag },
  });
  return response.status === 304;
}

/** The problem a story that does not exist answers with. */
export async function missingStory(storyId: number): Promise<Problem | undefined> {
  const { data, error } = await api.GET("/api/stories/{id}", { params: { path: { id: storyId } } });
  if (data !== undefined) {
    return undefined;
  }
  const problem: Problem = error;
  return problem;
}

/** The TimelineJS export, typed as TimelineJS reads it. */
export async function firstSlideYear(storyId: number): Promise<number | undefined> {
  const { data, error } = await timelineJs.GET("/api/stories/{id}/timeline", {
    params: { path: { id: storyId }, query: { format: "timelinejs" } },
  });
  if (error) {
    throw new Error(`TimelineJS: ${error.status} ${error.detail ?? ""}`);
  }
  return data.events[0]?.start_date.year;
}

async function main(): Promise<void> {
  const checks: [string, () => Promise<void>][] = [];
  let story: Story | undefined;
  checks.push(["lists stories a page at a time", async () => {
    const stories = await listStories(1);
    story = stories[0];
    expect(story !== undefined, "no story");
  }]);
  checks.push(["pages a timeline with sparse fields", async () => {
    const lines = await timelineHeadlines(need(story).id);
    expect(lines.length > 10, `${lines.length} entries`);
    console.log(`  ${lines.length} entries, e.g. ${lines.find((l) => l.includes("Geneva")) ?? lines[0]}`);
  }]);
  checks.push(["revalidates a story: 304", async () => {
    const { response } = await api.GET("/api/stories/{id}", { params: { path: { id: need(story).id } } });
    const etag = response.headers.get("ETag");
    expect(etag !== null, "no ETag");
    expect(await unchangedSince(need(story).id, etag ?? ""), "not 304");
  }]);
  checks.push(["an unknown story is a problem+json 404", async () => {
    const problem = await missingStory(999_999_999);
    expect(problem?.status === 404 && problem.instance === "/api/stories/999999999", JSON.stringify(problem));
  }]);
  checks.push(["the TimelineJS export is typed", async () => {
    const year = await firstSlideYear(need(story).id);
    expect(year !== undefined && year > 1900, `year ${year}`);
  }]);
  let passed = 0;
  let failed = 0;
  for (const [name, check] of checks) {
    try {
      await check();
      passed++;
      console.log(`ok ${name}`);
    } catch (e) {
      failed++;
      console.log(`FAILED ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  console.log(`contract client: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

function need<T>(value: T | undefined): T {
  if (value === undefined) {
    throw new Error("an earlier check found nothing");
  }
  return value;
}

function expect(condition: boolean, message: string): void {
  if (!condition) {
    throw new Error(message);
  }
}

await main();
