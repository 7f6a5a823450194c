// Words and phrases that make up page chrome: player controls, navigation, share bars, ad slots,
// section labels. A line made only of these (and separators) is never article text. Found in the
// example story (NPR player residue) and in the Multi-News documents (share bars, ad slots, labels).
const CHROME_PHRASES = [
  'play live radio', 'next up', 'available on air stations', 'watch live', 'listen live', 'live radio',
  'listen to this article', 'listen to this story', 'listen', 'play', 'pause', 'mute', 'unmute', 'replay',
  'play video', 'watch video', 'watch now', 'watch', 'full screen', 'fullscreen', 'autoplay', 'skip ad',
  'skip to main content', 'skip to content', 'skip navigation', 'toggle navigation', 'main menu', 'menu',
  'search', 'home', 'close', 'back to top', 'sections', 'log in', 'login', 'sign in', 'register',
  'my account', 'subscribe now', 'subscribe', 'sign up', 'donate', 'share this article', 'share this story',
  'share this', 'share on facebook', 'share on twitter', 'share via email', 'share on', 'share', 'tweet',
  'e-mail', 'email this', 'email', 'print', 'facebook', 'twitter', 'pinterest', 'linkedin', 'google+',
  'google', 'whatsapp', 'reddit', 'tumblr', 'messenger', 'instagram', 'flipboard', 'show comments',
  'view comments', 'comments', 'comment', 'like this', 'like', 'loading', 'embed', 'copy link', 'copy',
  'more', 'text size', 'video', 'videos', 'photos', 'photo', 'images', 'image', 'gallery', 'audio',
  'read more', 'related stories', 'related articles', 'related content', 'related coverage',
  'related links', 'related', 'more stories', 'more news', 'see also', 'story continued below',
  'story continues below', 'continue reading the main story', 'continue reading below',
  'continue reading', 'article continues below', 'advertisement', 'advertisements', 'advertising',
  'ad', 'ads', 'sponsored content', 'sponsored', 'paid content', 'promoted', 'article excerpt',
  'latest headlines', 'top stories', 'trending now', 'trending', 'most popular', 'most read',
  "editor's picks", 'recommended', 'you may also like', 'you might also like', 'next article',
  'previous article', 'next', 'previous', 'update', 'updated', 'view photos', 'view gallery',
  'enlarge this image', 'toggle caption', 'hide caption', 'show caption', 'tweet with a location',
  'add a location to your tweets', 'learn more', 'accept cookies', 'accept', 'got it', 'dismiss',
  'bookmark with', 'delicious', 'digg', 'stumbleupon', 'now playing', 'top of page',
  'getty images', 'file photo', 'national', 'world', 'politics', 'business', 'opinion',
];

const escape = (phrase: string): string => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const alternation = [...CHROME_PHRASES].sort((a, b) => b.length - a.length).map(escape).join('|');

// Separators allowed between chrome phrases: spaces, bullets, pipes, colons, dashes, "+", "-", "»".
const SEPARATOR = String.raw`[\s:|•·,»›>/+\-–—.…]*`;

const CHROME_ONLY = new RegExp(String.raw`^${SEPARATOR}(?:(?:${alternation})\b${SEPARATOR})+$`, 'i');

/** True when the line consists only of chrome phrases ("Share this: Twitter", "Advertisement"). */
export function isChromeOnly(line: string): boolean {
  return line.length <= 200 && CHROME_ONLY.test(line);
}
