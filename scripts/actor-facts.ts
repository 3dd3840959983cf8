/**
 * Hand-written facts for the actor tables (input of build-actor-tables.ts, not generated): titles people hold,
 * government portfolios (composed into "X Minister", "Minister of X", "X Secretary", "X Ministry"),
 * institutions known by a metonym, IGOs, and sector nouns the Phoenix agents lack.
 * Case: 'A' any case, 'P' capitalized (proper), 'C' all caps.
 */

export interface TitleFact {
  /** Surface forms; the first is the canonical name. */
  names: string[];
  /** CAMEO sector, or null when the title says nothing about the sector ("spokesperson"). */
  sector: string | null;
  case?: 'A' | 'P' | 'C';
}

export const TITLES: TitleFact[] = [
  { names: ['President', 'Pres.'], sector: 'GOV' },
  { names: ['Vice President', 'Vice-President'], sector: 'GOV' },
  { names: ['Prime Minister', 'PM', 'premier'], sector: 'GOV' },
  { names: ['Deputy Prime Minister'], sector: 'GOV' },
  { names: ['Chief Minister'], sector: 'GOV' },
  { names: ['Minister', 'minister of state', 'Union Minister', 'cabinet minister'], sector: 'GOV' },
  { names: ['Secretary of State'], sector: 'GOV' },
  { names: ['Secretary-General', 'Secretary General'], sector: 'GOV' },
  { names: ['Secretary'], sector: 'GOV' },
  { names: ['Under Secretary', 'Undersecretary', 'Assistant Secretary', 'Deputy Secretary'], sector: 'GOV' },
  { names: ['national security adviser', 'national security advisor'], sector: 'GOV' },
  { names: ['Chancellor'], sector: 'GOV' },
  { names: ['Governor', 'Gov.'], sector: 'GOV' },
  { names: ['Lieutenant Governor', 'Lt. Governor'], sector: 'GOV' },
  { names: ['Mayor'], sector: 'GOV' },
  { names: ['King', 'Queen', 'Emir', 'Sultan', 'Crown Prince'], sector: 'GOV' },
  { names: ['ambassador', 'Amb.', 'envoy', 'special envoy', 'High Commissioner', 'consul general'], sector: 'GOV' },
  { names: ['diplomat'], sector: 'GOV' },
  { names: ['press secretary'], sector: 'GOV' },
  { names: ['Attorney General', 'Solicitor General'], sector: 'JUD' },
  { names: ['Chief Justice'], sector: 'JUD' },
  { names: ['Justice'], sector: 'JUD', case: 'P' },
  { names: ['judge'], sector: 'JUD' },
  { names: ['prosecutor', 'public prosecutor'], sector: 'JUD' },
  { names: ['Senator', 'Sen.'], sector: 'LEG' },
  {
    names: ['Representative', 'Rep.', 'Congressman', 'Congresswoman', 'lawmaker', 'legislator', 'MP', 'MLA'],
    sector: 'LEG',
  },
  { names: ['Speaker'], sector: 'LEG', case: 'P' },
  {
    names: [
      'General',
      'Gen.',
      'Lt. Gen.',
      'Lieutenant General',
      'Maj. Gen.',
      'Major General',
      'Brig.',
      'Brigadier',
      'Brigadier General',
      'Field Marshal',
      'Colonel',
      'Col.',
      'Lt. Col.',
      'Lieutenant Colonel',
      'Major',
      'Maj.',
      'Captain',
      'Capt.',
      'Lieutenant',
      'Lt.',
      'Sergeant',
      'Sgt.',
      'Admiral',
      'Adm.',
      'Vice Admiral',
      'Air Marshal',
      'Air Chief Marshal',
    ],
    sector: 'MIL',
    case: 'P',
  },
  { names: ['army chief', 'chief of army staff', 'military commander', 'commander'], sector: 'MIL' },
  {
    names: ['police chief', 'police commissioner', 'inspector general of police', 'superintendent of police'],
    sector: 'COP',
  },
  { names: ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen', 'spokeswomen'], sector: null },
  { names: ['official', 'officials', 'senior official'], sector: null },
  { names: ['adviser', 'advisor', 'aide'], sector: null },
  { names: ['leader', 'leaders'], sector: null },
  { names: ['CEO', 'chief executive', 'chairman', 'chairwoman', 'chairperson', 'managing director'], sector: 'BUS' },
  {
    names: ['Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Imam', 'Rabbi', 'Ayatollah', 'cleric'],
    sector: 'REL',
    case: 'P',
  },
  { names: ['opposition leader', 'leader of the opposition'], sector: 'OPP' },
  { names: ['rebel leader', 'rebel commander'], sector: 'REB' },
];

/** Portfolios: (words, sector). "Defence" -> "Defence Minister", "Minister of Defence", "Defence Ministry" ... */
export const PORTFOLIOS: [string[], string][] = [
  [['Foreign', 'Foreign Affairs', 'External Affairs'], 'GOV'],
  [['Home', 'Interior', 'Home Affairs', 'Internal Affairs'], 'GOV'],
  [['Defence', 'Defense'], 'GOV'],
  [['Finance', 'Treasury', 'Economy', 'Economic Affairs'], 'GOV'],
  [['Commerce', 'Trade', 'Industry', 'Commerce and Industry'], 'GOV'],
  [['Justice', 'Law', 'Law and Justice'], 'GOV'],
  [['Health', 'Health and Family Welfare'], 'GOV'],
  [['Education'], 'GOV'],
  [['Agriculture'], 'GOV'],
  [['Energy', 'Oil', 'Petroleum', 'Power'], 'GOV'],
  [['Information', 'Information and Broadcasting'], 'GOV'],
  [['Labour', 'Labor'], 'GOV'],
  [['Transport', 'Transportation'], 'GOV'],
  [['Environment'], 'GOV'],
  [['Culture'], 'GOV'],
  [['Housing', 'Urban Development'], 'GOV'],
  [['Water Resources'], 'GOV'],
  [['Railways', 'Railway'], 'GOV'],
  [['Parliamentary Affairs'], 'GOV'],
  [['Homeland Security'], 'GOV'],
];

export interface InstitutionFact {
  names: string[];
  code: string;
  kind: 'institution' | 'igo' | 'org';
  case?: 'A' | 'P' | 'C';
}

/** Institutions known by a metonym or short name (facts; the Phoenix files add many more). */
export const INSTITUTIONS: InstitutionFact[] = [
  { names: ['White House', 'West Wing'], code: 'USAGOV', kind: 'institution' },
  { names: ['Oval Office'], code: 'USAGOV', kind: 'institution' },
  {
    names: ['State Department', 'Department of State', 'US State Department', 'U.S. State Department'],
    code: 'USAGOV',
    kind: 'institution',
  },
  { names: ['Pentagon', 'Department of Defense', 'Defense Department'], code: 'USAMIL', kind: 'institution' },
  { names: ['Capitol Hill', 'US Congress', 'U.S. Congress'], code: 'USALEG', kind: 'institution' },
  { names: ['Justice Department', 'Department of Justice'], code: 'USAJUD', kind: 'institution' },
  {
    names: ['Supreme Court of the United States', 'US Supreme Court', 'U.S. Supreme Court'],
    code: 'USAJUD',
    kind: 'institution',
  },
  { names: ['Treasury Department'], code: 'USAGOV', kind: 'institution' },
  { names: ['FBI', 'Federal Bureau of Investigation'], code: 'USACOP', kind: 'institution' },
  { names: ['CIA', 'Central Intelligence Agency'], code: 'USASPY', kind: 'institution' },
  { names: ['Kremlin'], code: 'RUSGOV', kind: 'institution' },
  { names: ['Downing Street', 'Whitehall', 'Foreign Office'], code: 'GBRGOV', kind: 'institution' },
  { names: ['Elysee', 'Élysée', 'Elysee Palace', "Quai d'Orsay"], code: 'FRAGOV', kind: 'institution' },
  { names: ['Zhongnanhai'], code: 'CHNGOV', kind: 'institution' },
  {
    names: ['South Block', 'Ministry of External Affairs', 'MEA', 'Rashtrapati Bhavan'],
    code: 'INDGOV',
    kind: 'institution',
  },
  { names: ['Lok Sabha', 'Rajya Sabha'], code: 'INDLEG', kind: 'institution' },
  { names: ['Inter-Services Intelligence', 'ISI'], code: 'PAKSPY', kind: 'institution' },
  { names: ['Knesset'], code: 'ISRLEG', kind: 'institution' },
  { names: ['Bundestag'], code: 'DEULEG', kind: 'institution' },
  { names: ['Duma', 'State Duma'], code: 'RUSLEG', kind: 'institution' },
  { names: ['Blue House'], code: 'KORGOV', kind: 'institution' },
  { names: ['United Nations', 'UN', 'U.N.', 'UNO'], code: 'IGOUNO', kind: 'igo' },
  {
    names: [
      'UN Security Council',
      'U.N. Security Council',
      'United Nations Security Council',
      'Security Council',
      'UNSC',
    ],
    code: 'IGOUNO',
    kind: 'igo',
  },
  { names: ['UN General Assembly', 'General Assembly'], code: 'IGOUNO', kind: 'igo', case: 'P' },
  { names: ['NATO', 'North Atlantic Treaty Organization', 'Nato'], code: 'IGOWSTNAT', kind: 'igo' },
  { names: ['European Union', 'EU', 'E.U.'], code: 'IGOEUREEC', kind: 'igo' },
  { names: ['European Commission'], code: 'IGOEUREEC', kind: 'igo' },
  { names: ['African Union', 'AU'], code: 'IGOAFRAFU', kind: 'igo' },
  { names: ['ASEAN', 'Association of Southeast Asian Nations'], code: 'IGOSEAASN', kind: 'igo' },
  { names: ['Arab League', 'League of Arab States'], code: 'IGOARBALE', kind: 'igo' },
  { names: ['SAARC', 'South Asian Association for Regional Cooperation'], code: 'IGOSASSAA', kind: 'igo' },
  {
    names: ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'OIC'],
    code: 'IGOMOSOIC',
    kind: 'igo',
  },
  {
    names: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'],
    code: 'IGOASASCO',
    kind: 'igo',
  },
  {
    names: ['World Health Organization', 'World Health Organisation', 'WHO'],
    code: 'IGOUNOWHO',
    kind: 'igo',
    case: 'C',
  },
  { names: ['International Monetary Fund', 'IMF'], code: 'IGOUNOIMF', kind: 'igo' },
  { names: ['World Bank'], code: 'IGOUNOWBK', kind: 'igo' },
  { names: ['World Trade Organization', 'World Trade Organisation', 'WTO'], code: 'IGOWTO', kind: 'igo' },
  { names: ['OPEC', 'Organization of the Petroleum Exporting Countries'], code: 'IGOBUSOPC', kind: 'igo' },
  { names: ['International Atomic Energy Agency', 'IAEA'], code: 'IGOUNOIAE', kind: 'igo' },
  { names: ['International Criminal Court', 'ICC'], code: 'IGOJUDICC', kind: 'igo' },
  { names: ['International Court of Justice', 'ICJ', 'World Court'], code: 'IGOUNOJUDICJ', kind: 'igo' },
  { names: ['Interpol'], code: 'IGOCOPITP', kind: 'igo' },
  { names: ['G7', 'G-7', 'Group of Seven'], code: 'IGOG7', kind: 'igo' },
  { names: ['G20', 'G-20', 'Group of 20', 'Group of Twenty'], code: 'IGOG20', kind: 'igo' },
  { names: ['BRICS'], code: 'IGOBRICS', kind: 'igo' },
  { names: ['UNICEF'], code: 'IGOUNOKID', kind: 'igo' },
  { names: ['European Community', 'EC', 'European Economic Community', 'EEC'], code: 'IGOEUREEC', kind: 'igo' },
  { names: ['Asia-Pacific Economic Cooperation', 'APEC'], code: 'IGOASAAPE', kind: 'igo' },
  {
    names: [
      'International Labour Organization',
      'International Labor Organization',
      'International Labor Office',
      'ILO',
    ],
    code: 'IGOUNOLABILO',
    kind: 'igo',
  },
  { names: ['UNHCR', 'UN refugee agency'], code: 'IGOUNOREFHCR', kind: 'igo' },
  { names: ['Red Cross', 'International Committee of the Red Cross', 'ICRC'], code: 'NGOHLHIRC', kind: 'org' },
  // Armed groups of the Syrian war after the Phoenix lists (2015): the Kurdish-led forces and the al-Nusra successor.
  {
    names: ["People's Protection Units", 'People’s Protection Units', 'YPG', "Women's Protection Units", 'YPJ'],
    code: 'SYRREB',
    kind: 'org',
  },
  { names: ['Syrian Democratic Forces', 'SDF'], code: 'SYRREB', kind: 'org' },
  {
    names: ['Hayat Tahrir al-Sham', 'Hay’at Tahrir al-Sham', "Hay'at Tahrir al-Sham", 'HTS'],
    code: 'SYRREBMUS',
    kind: 'org',
  },
  { names: ['Jaish al-Islam'], code: 'SYRREBMUS', kind: 'org' },
  // Yemen's Houthi movement (Ansar Allah) is absent from the Phoenix lists; event coders code it as Yemeni rebels.
  {
    names: ['Houthi', 'Houthis', 'Houthi movement', 'Houthi rebels', 'Huthi', 'Huthis', 'Ansarullah'],
    code: 'YEMREB',
    kind: 'org',
  },
  { names: ['Amnesty International', 'Human Rights Watch'], code: 'NGOHRI', kind: 'org' },
];

/** Sector nouns the Phoenix/PLOVER agents lack or code differently from common news use. */
export const AGENTS: [string[], string][] = [
  [['police', 'policeman', 'policemen', 'policewoman', 'cops'], 'COP'],
  [['troops', 'soldiers', 'army', 'armies', 'military', 'armed forces', 'security forces', 'forces'], 'MIL'],
  [['rebels', 'rebel', 'separatists', 'separatist'], 'REB'],
  [['insurgents', 'insurgent'], 'INS'],
  [['militants', 'militant', 'terrorists', 'terrorist', 'gunmen', 'gunman'], 'UAF'],
  [['opposition', 'opposition party', 'opposition parties'], 'OPP'],
  [['court', 'courts', 'high court', 'supreme court', 'judiciary', 'tribunal'], 'JUD'],
  [
    [
      'ministry',
      'ministries',
      'government',
      'governments',
      'administration',
      'cabinet',
      'authorities',
      'regime',
      'department',
      'state department',
    ],
    'GOV',
  ],
  [['parliament', 'parliaments', 'congress', 'senate', 'legislature', 'assembly', 'lawmakers', 'legislators'], 'LEG'],
  [['media', 'journalists', 'journalist', 'reporters', 'reporter', 'newspaper'], 'MED'],
  [['students', 'student', 'university', 'universities', 'teachers'], 'EDU'],
  [['doctors', 'hospital', 'hospitals', 'health workers'], 'HLH'],
  [['civilians', 'civilian', 'residents', 'villagers'], 'CVL'],
  [['workers', 'unions', 'union', 'trade union', 'trade unions'], 'LAB'],
  [['businesses', 'companies', 'company', 'firms', 'firm', 'businessmen', 'investors'], 'BUS'],
  [['intelligence agency', 'intelligence agencies', 'spy agency', 'intelligence services'], 'SPY'],
  [['clerics', 'church', 'clergy', 'mosque'], 'REL'],
];
