/**
 * Grammatical gender of person entities, for pronoun resolution. Evidence, strongest first: honorifics
 * (Mr/Mrs/Ms), gendered titles (king, queen), a compact hand-written list of common first names from news across
 * regions, and the article's own pronoun use ("Levitt said she ...").
 */

export type Gender = 'male' | 'female' | 'unknown';

const FEMALE = new Set(
  `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
  kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
  angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine
  maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea
  cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia
  grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis
  lori hillary hilary nikki kamala nancy tammy karoline caroline carolina angela theresa ursula christine kristalina
  jacinda liz elizabeth margaret golda indira benazir  hasina    yulia julia ilhan alexandria
  sonia priyanka mamata nirmala sushma smriti maryam fatima aisha ayesha zainab leila layla yasmin nadia samira amina
  mariam sofia sophie anne annalena giorgia marine sanna mette kaja  ngozi michelle melania ivanka jill
  kristi kristen kirsten tulsi marjorie lauren nikki elise susie condoleezza madeleine janet gina pam tina dana
  chrystia justine angelina olena oksana irina svetlana natalia tatiana valentina elena olga anastasia ekaterina
  xiomara dilma cristina michelle claudia gabriela beatriz lucia carmen rosa ana isabel mercedes ines
     ursula roberta kristalina ngozi   samantha
  rania noor hind lina dina huda reem mona shirin`.split(/\s+/),
);

const MALE = new Set(
  `james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
  steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
  jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
  tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
  gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie
  alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis marco mike rick ted mitch chuck
  bernie barack joe kamal narendra rahul amit rajnath subrahmanyam  shehbaz nawaz imran asif bilawal ishaq
  shahbaz asim qamar pervez yousuf mohammad muhammad mohammed ahmed ahmad ali hassan hussein hossein omar umar abdullah
  abdul khalid tariq faisal salman mahmoud mahmud recep tayyip emmanuel vladimir sergei sergey dmitry dmitri alexei
  volodymyr olaf boris rishi keir tony gordon david nicolas francois jacques        
  shinzo fumio yoshihide benjamin naftali yair isaac  hamid ashraf ghani hamid javad ebrahim hassan 
  antony lloyd jake jens  pedro luiz inacio jair andres manuel gustavo javier alberto mauricio enrique
  justin pierre stephane abiy cyril jacob muhammadu bola  william yoweri paul emmerson  recep  
   bashar  saddam muammar yahya ismail  osama ayman     anwar mahathir
  najib joko prabowo rodrigo ferdinand       manmohan atal lal krishna
  shivraj  arvind nitish uddhav sharad  rajiv sanjay vijay ravi sunil anil ajay rakesh rajesh suresh
  ramesh mahesh dinesh pranab arun piyush nitin hardeep dharmendra kiren shashi`.split(/\s+/),
);

const FEMALE_TITLES = new Set([
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'madam',
  'queen',
  'princess',
  'duchess',
  'lady',
  'baroness',
  'dame',
  'empress',
  'congresswoman',
  'chairwoman',
  'spokeswoman',
  'businesswoman',
  'sister',
]);
const MALE_TITLES = new Set([
  'mr',
  'mr.',
  'sir',
  'king',
  'prince',
  'duke',
  'lord',
  'baron',
  'emperor',
  'congressman',
  'chairman',
  'spokesman',
  'businessman',
  'brother',
  'sheikh',
  'father',
]);

export function genderOfFirstName(name: string): Gender {
  const n = name.toLowerCase();
  if (FEMALE.has(n)) return 'female';
  if (MALE.has(n)) return 'male';
  return 'unknown';
}

export function genderOfTitleWord(word: string): Gender {
  const w = word.toLowerCase();
  if (FEMALE_TITLES.has(w)) return 'female';
  if (MALE_TITLES.has(w)) return 'male';
  return 'unknown';
}

export const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

export function genderOfPronoun(word: string): Gender {
  const w = word.toLowerCase();
  if (MALE_PRONOUNS.has(w)) return 'male';
  if (FEMALE_PRONOUNS.has(w)) return 'female';
  return 'unknown';
}
