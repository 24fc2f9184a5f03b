"""The things a story names, in every language the studio reads (script/lexicon.py, vocabulary.py):
one sentence of running text per thing and language, the word inflected as text has it (plurals, cases,
articles, postpositions, diminutives; Japanese in a children's-book kana; Chinese in classical lines too);
and the words that are not the thing (a verb, a name spoken to, a character, another drink)."""

from __future__ import annotations

import pytest

from filmstudio.script import vocabulary
from filmstudio.script.parse import parse_script

_ES = """
milk | Los niños bebieron dos vasos de leche.
jug | Llenó las jarras en la fuente.
basket | Llevaba los huevos en unas cestas.
door | Llamaron a las puertas de todas las casas.
window | Abrió las ventanas de par en par.
mountain | Cruzaron las montañas nevadas.
rock | Se sentó sobre unas rocas.
sun | El sol brillaba sobre el campo.
moon | Miraban la luna desde el tejado.
star | Contaban las estrellas en silencio.
bird | Los pajaritos cantaban en el jardín.
coin | Encontró tres monedas de oro.
bucket | Llevaba dos cubos de agua.
shoe | Se quitó los zapatos.
wood | Recogió leña para el fuego.
tree | Los árboles del camino eran altos.
pine_tree | Caminaron entre los pinos.
palm_tree | Descansaron bajo las palmeras.
leaf | Las hojas caían despacio.
flower | La niña cortó unas florecillas.
crown | El rey perdió su corona.
clock | El reloj dio las doce.
coffee | Tomaron un café muy caliente.
tea | La abuela sirvió el té.
gloves | Se puso los guantes.
coat | Colgó el abrigo en la percha.
shirt | Planchó las camisas.
hat | Llevaba un sombrero de paja.
chicken | Las gallinas picoteaban el maíz.
crow | Un cuervo se posó en la valla.
cow | Ordeñó las vacas al amanecer.
donkey | Cargaron los burros con sacos.
horse | Los caballos galopaban.
flute | Tocaba la flauta a la sombra.
hut | Llegaron a unas chozas de barro.
parrot | Los loros gritaban.
sword | Desenvainó la espada.
ring | Le regaló un anillo de plata.
book | Leía libros antiguos.
car | Los coches pasaban rápido.
telephone | Sonó el teléfono.
letter | Escribió muchas cartas a su madre.
suitcase | Hizo las maletas.
computer | Encendió el ordenador.
soup | Comieron una sopa caliente.
bread | Compró dos panes.
cake | Comieron pasteles.
potato | Pelaba patatas en la cocina.
hot_pepper | Añadió unos chiles a la salsa.
chain | Rompió las cadenas.
snowflake | Caían copos de nieve.
lightning | Los relámpagos iluminaban el cielo.
bowl | Lavó los cuencos.
spoon | Puso las cucharas en la mesa.
knife | Afiló el cuchillo.
lamp | Encendió la lámpara.
boat | Las barcas volvían al puerto.
bed | Se metió en la cama.
chair | Trajo dos sillas.
"""
_IT = """
milk | I bambini bevvero il latte.
jug | Riempì le brocche d'acqua.
basket | Portava le uova nei cestini.
door | Bussarono alle porte.
window | Aprì le finestre.
mountain | Salirono sulle montagne.
rock | Si sedette sulle rocce.
sun | Il sole splendeva.
moon | Guardavano la luna.
star | Contavano le stelle.
bird | Gli uccellini cantavano.
coin | Trovò tre monete d'oro.
bucket | Portava due secchi d'acqua.
shoe | Si tolse le scarpe.
wood | Raccolse la legna per il fuoco.
tree | Gli alberi erano alti.
pine_tree | Camminarono tra i pini.
palm_tree | Riposarono sotto le palme.
leaf | Le foglie cadevano.
flower | La bambina raccolse dei fiori.
crown | Il re perse la corona.
clock | L'orologio suonò le dodici.
coffee | Bevvero un caffè.
tea | La nonna servì il tè.
gloves | Si mise i guanti.
coat | Appese il cappotto.
shirt | Stirò le camicie.
hat | Portava un cappello di paglia.
chicken | Le galline beccavano il grano.
crow | Un corvo si posò sul muro.
cow | Munse le mucche.
donkey | Caricarono gli asini.
horse | I cavalli galoppavano.
flute | Suonava il flauto.
hut | Vivevano in una capanna.
parrot | I pappagalli gridavano.
sword | Sguainò la spada.
ring | Le regalò un anello d'argento.
book | Leggeva libri antichi.
car | Le macchine passavano veloci.
telephone | Squillò il telefono.
letter | Scrisse molte lettere alla madre.
suitcase | Preparò le valigie.
computer | Accese il computer.
soup | Mangiarono una minestra calda.
bread | Comprò il pane.
cake | Preparò una torta di mele.
potato | Sbucciava le patate.
hot_pepper | Aggiunse dei peperoncini al sugo.
chain | Spezzò le catene.
snowflake | Cadevano fiocchi di neve.
lightning | Un fulmine illuminò il cielo.
bowl | Lavò le ciotole.
spoon | Mise i cucchiai sul tavolo.
knife | Affilò il coltello.
lamp | Accese la lampada.
boat | Le barche tornavano al porto.
bed | Si sdraiò sul letto.
chair | Portò due sedie.
"""
_PT = """
milk | As crianças beberam leite.
jug | Encheu as jarras de água.
basket | Levava os ovos em cestas.
door | Bateram às portas.
window | Abriu as janelas.
mountain | Atravessaram as montanhas.
rock | Sentou-se nas rochas.
sun | O sol brilhava.
moon | Olhavam a lua.
star | Contavam as estrelas.
bird | Os passarinhos cantavam.
coin | Achou três moedas de ouro.
bucket | Carregava dois baldes de água.
shoe | Tirou os sapatos.
wood | Apanhou lenha para a fogueira.
tree | As árvores eram altas.
pine_tree | Andaram entre os pinheiros.
palm_tree | Descansaram sob as palmeiras.
leaf | As folhas caíam.
flower | A menina colheu flores.
crown | O rei perdeu a coroa.
clock | O relógio bateu as doze.
coffee | Tomaram um café.
tea | A avó serviu o chá.
gloves | Calçou as luvas.
coat | Pendurou o casaco.
shirt | Passou as camisas.
hat | Usava um chapéu de palha.
chicken | As galinhas ciscavam.
crow | Um corvo pousou no muro.
cow | Ordenhou as vacas.
donkey | Carregaram os burros.
horse | Os cavalos galopavam.
flute | Tocava a flauta.
hut | Moravam numa cabana.
parrot | Os papagaios gritavam.
sword | Desembainhou a espada.
ring | Deu-lhe um anel de prata.
book | Lia livros antigos.
car | Os carros passavam depressa.
telephone | O telefone tocou.
letter | Escreveu muitas cartas à mãe.
suitcase | Fez as malas.
computer | Ligou o computador.
soup | Comeram uma sopa quente.
bread | Comprou pão.
cake | Fez um bolo.
potato | Descascava batatas.
hot_pepper | Juntou malaguetas ao molho.
chain | Quebrou as correntes.
snowflake | Caíam flocos de neve.
lightning | Um raio iluminou o céu.
bowl | Lavou as tigelas.
spoon | Pôs as colheres na mesa.
knife | Afiou a faca.
lamp | Acendeu a lâmpada.
boat | Os barcos voltavam ao porto.
bed | Deitou-se na cama.
chair | Trouxe duas cadeiras.
"""
_FR = """
milk | Les enfants burent du lait.
jug | Elle remplit les cruches.
basket | Elle portait les œufs dans des paniers.
door | On frappa aux portes.
window | Il ouvrit les fenêtres.
mountain | Ils traversèrent les montagnes.
rock | Il s'assit sur les rochers.
sun | Le soleil brillait.
moon | Ils regardaient la lune.
star | Ils comptaient les étoiles.
bird | Les oiseaux chantaient.
coin | Il trouva trois pièces d'or.
bucket | Il portait deux seaux d'eau.
shoe | Il ôta ses chaussures.
wood | Il mit des bûches dans le feu.
tree | Les arbres étaient hauts.
pine_tree | Ils marchaient entre les sapins.
palm_tree | Ils se reposèrent sous les palmiers.
leaf | Les feuilles tombaient.
flower | La fillette cueillit des fleurs.
crown | Le roi perdit sa couronne.
clock | L'horloge sonna midi.
coffee | Ils burent un café.
tea | La grand-mère servit le thé.
gloves | Il mit ses gants.
coat | Il accrocha son manteau.
shirt | Elle repassa les chemises.
hat | Il portait un chapeau de paille.
chicken | Les poules picoraient.
crow | Un corbeau se posa sur le mur.
cow | Elle trayait les vaches.
donkey | Ils chargèrent les ânes.
horse | Les chevaux galopaient.
flute | Il jouait de la flûte.
hut | Ils vivaient dans une hutte.
parrot | Les perroquets criaient.
sword | Il tira son épée.
ring | Il lui offrit une bague d'argent.
book | Il lisait de vieux livres.
car | Les voitures passaient vite.
telephone | Le téléphone sonna.
letter | Il écrivit des lettres à sa mère.
suitcase | Elle fit ses valises.
computer | Il alluma l'ordinateur.
soup | Ils mangèrent une soupe chaude.
bread | Il acheta du pain.
cake | Elle prépara un gâteau.
potato | Il épluchait des pommes de terre.
hot_pepper | Elle ajouta des piments.
chain | Il brisa ses chaînes.
snowflake | Des flocons de neige tombaient.
lightning | Un éclair illumina le ciel.
bowl | Elle lava les bols.
spoon | Il posa les cuillères sur la nappe.
knife | Il aiguisa son couteau.
lamp | Il alluma la lampe.
boat | Les bateaux rentraient au port.
bed | Il se coucha dans son lit.
chair | Il apporta deux chaises.
"""
_DE = """
milk | Die Kinder tranken Milch.
jug | Sie füllte die Krüge mit Wasser.
basket | Sie trug die Eier in Körben.
door | Sie klopften an die Türen.
window | Er öffnete die Fenster.
mountain | Sie überquerten die Berge.
rock | Er setzte sich auf die Felsen.
sun | Die Sonne schien.
moon | Sie sahen den Mond an.
star | Sie zählten die Sterne.
bird | Die Vögel sangen.
coin | Er fand drei Goldmünzen.
bucket | Er trug zwei Eimer Wasser.
shoe | Er zog die Schuhe aus.
wood | Er sammelte Brennholz für das Feuer.
tree | Die Bäume waren hoch.
pine_tree | Sie gingen zwischen den Tannen.
palm_tree | Sie ruhten unter den Palmen.
leaf | Die Blätter fielen.
flower | Das Mädchen pflückte Blumen.
crown | Der König verlor seine Krone.
clock | Die Uhr schlug zwölf.
coffee | Sie tranken Kaffee.
tea | Die Großmutter kochte Tee.
gloves | Er zog die Handschuhe an.
coat | Er hängte den Mantel auf.
shirt | Sie bügelte die Hemden.
hat | Er trug einen Strohhut.
chicken | Die Hühner pickten Körner.
crow | Eine Krähe saß auf dem Zaun.
cow | Sie melkte die Kühe.
donkey | Sie beluden die Esel.
horse | Die Pferde galoppierten.
flute | Er spielte auf der Flöte.
hut | Sie wohnten in einer Hütte.
parrot | Die Papageien kreischten.
sword | Er zog sein Schwert.
ring | Er schenkte ihr einen Ring.
book | Er las alte Bücher.
car | Die Autos fuhren schnell.
telephone | Das Telefon klingelte.
letter | Er schrieb seiner Mutter Briefe.
suitcase | Sie packte die Koffer.
computer | Er schaltete den Computer ein.
soup | Sie aßen eine heiße Suppe.
bread | Er kaufte Brot.
cake | Sie backte einen Kuchen.
potato | Er schälte Kartoffeln.
hot_pepper | Sie gab Chilischoten in die Soße.
chain | Er zerbrach die Ketten.
snowflake | Schneeflocken fielen.
lightning | Ein Blitz erhellte den Himmel.
bowl | Sie spülte die Schüsseln.
spoon | Er legte die Löffel hin.
knife | Er schärfte das Messer.
lamp | Er zündete die Lampe an.
boat | Die Boote kehrten zurück.
bed | Er legte sich ins Bett.
chair | Er brachte zwei Stühle.
"""
_RU = """
milk | Она налила детям молока.
jug | Она наполнила кувшины водой.
basket | Она несла яйца в корзинах.
door | Они стучали в двери.
window | Он открыл окна.
mountain | Они перешли через горы.
rock | Он сидел на скале.
sun | Солнце светило ярко.
moon | Они смотрели на луну.
star | Они считали звёзды.
bird | Птички пели в саду.
coin | Он нашёл три золотые монеты.
bucket | Он нёс два ведра воды.
shoe | Он снял ботинки.
wood | Он собирал дрова для печки.
tree | Деревья были высокие.
pine_tree | Они шли между соснами.
palm_tree | Они отдыхали под пальмами.
leaf | Листья падали.
flower | Девочка собирала цветы.
crown | Король потерял корону.
clock | Часы пробили двенадцать.
coffee | Они пили кофе.
tea | Бабушка налила чаю.
gloves | Он надел перчатки.
coat | Он повесил пальто.
shirt | Она гладила рубашки.
hat | Он носил соломенную шляпу.
chicken | Куры клевали зерно.
crow | Ворона села на забор.
cow | Она доила коров.
donkey | Они нагрузили ослов.
horse | Лошади скакали.
flute | Он играл на флейте.
hut | Они жили в избушке.
parrot | Попугаи кричали.
sword | Он выхватил меч.
ring | Он подарил ей кольцо.
book | Он читал старые книги.
car | Машины ехали быстро.
telephone | Зазвонил телефон.
letter | Он писал письма матери.
suitcase | Она собрала чемоданы.
computer | Он включил компьютер.
soup | Они ели горячий суп.
bread | Он купил хлеба.
cake | Она испекла торт.
potato | Он чистил картошку.
hot_pepper | Она добавила острого перца.
chain | Он разорвал цепи.
snowflake | Падали снежинки.
lightning | Молния осветила небо.
bowl | Она мыла миски.
spoon | Он положил ложки на стол.
knife | Он наточил нож.
lamp | Он зажёг лампу.
boat | Лодки возвращались к берегу.
bed | Он лёг в кровать.
chair | Он принёс два стула.
"""
_JA = """
milk | こどもたちはミルクをのみました。
jug | みずさしに水をくみました。
basket | かごにりんごをいれました。
door | とびらをあけました。
window | まどをあけました。
mountain | 山をこえていきました。
rock | いわのうえにすわりました。
sun | おひさまがかがやいていました。
moon | お月さまを見あげました。
star | ほしがきらきらひかっていました。
bird | ことりがうたっていました。
coin | きんかをみっつみつけました。
bucket | バケツに水をくみました。
shoe | くつをぬぎました。
wood | たきぎをあつめました。
tree | 木のしたでやすみました。
pine_tree | まつの木のしたでやすみました。
palm_tree | ヤシの木のしたでやすみました。
leaf | はっぱがおちてきました。
flower | おはなをつみました。
crown | おうさまはかんむりをなくしました。
clock | とけいが十二じをうちました。
coffee | コーヒーをのみました。
tea | おちゃをいれました。
gloves | てぶくろをはめました。
coat | コートをかけました。
shirt | シャツをあらいました。
hat | ぼうしをかぶりました。
chicken | にわとりがえさをつついていました。
crow | カラスがへいにとまりました。
cow | うしがないていました。
donkey | ロバににもつをのせました。
horse | うまがはしっていました。
flute | ふえをふきました。
hut | こやにすんでいました。
parrot | オウムがさけびました。
sword | かたなをぬきました。
ring | ゆびわをおくりました。
book | ほんをよみました。
car | くるまがはしっていきました。
telephone | でんわがなりました。
letter | てがみをかきました。
suitcase | スーツケースにふくをつめました。
computer | コンピューターをつけました。
soup | スープをのみました。
bread | パンをかいました。
cake | ケーキをやきました。
potato | じゃがいもをむきました。
hot_pepper | とうがらしをいれました。
chain | くさりをきりました。
snowflake | ゆきのけっしょうがまいおちました。
lightning | かみなりがなりました。
bowl | おわんにしるをいれました。
spoon | スプーンでたべました。
knife | ナイフできりました。
lamp | ランプをつけました。
boat | ふねがみなとにもどりました。
bed | ベッドでねました。
chair | いすにすわりました。
"""
_ZH = """
milk | 孩子们喝了牛奶。
jug | 她提着水罐去井边。
basket | 她提着篮子去集市。
door | 他推开了门。
window | 她推开窗子。
mountain | 他们翻过了大山。
rock | 他坐在岩石上。
sun | 太阳出来了。
moon | 举头望明月。
star | 天上的星星眨着眼睛。
bird | 鸟儿在枝头唱歌。
coin | 他捡到三枚金币。
bucket | 他提着水桶。
shoe | 他脱下了鞋子。
wood | 他上山砍柴。
tree | 树下有一只猫。
pine_tree | 松下问童子。
palm_tree | 海边长着棕榈树。
leaf | 树叶纷纷落下。
flower | 花落知多少。
crown | 国王戴着王冠。
clock | 墙上的时钟敲了十二下。
coffee | 他们喝了咖啡。
tea | 奶奶泡了一壶茶。
gloves | 他戴上了手套。
coat | 他穿上外套。
shirt | 她洗了衬衫。
hat | 他戴着一顶草帽。
chicken | 院子里有几只鸡。
crow | 一只乌鸦落在树上。
cow | 牧童骑黄牛。
donkey | 他骑着毛驴进城。
horse | 古道西风瘦马。
flute | 牧童吹着笛子。
hut | 他们住在茅屋里。
parrot | 鹦鹉学舌。
sword | 拔剑四顾心茫然。
ring | 他送给她一枚戒指。
book | 他读了一本书。
car | 汽车开得很快。
telephone | 电话响了。
letter | 他给母亲写了一封信。
suitcase | 她收拾好了行李箱。
computer | 他打开了电脑。
soup | 他们喝了热汤。
bread | 他买了面包。
cake | 她烤了一个蛋糕。
potato | 他削土豆皮。
hot_pepper | 她放了几个辣椒。
chain | 他挣断了铁链。
snowflake | 雪花纷纷飘落。
lightning | 一道闪电划过天空。
bowl | 她洗了几个碗。
spoon | 他用勺子喝汤。
knife | 他拿起菜刀。
lamp | 他点亮了油灯。
boat | 孤舟蓑笠翁。
bed | 床前明月光。
chair | 他搬来两把椅子。
"""
_HI = """
milk | बच्चों ने दूध पिया।
jug | उसने सुराही में पानी भरा।
basket | वह टोकरी में फल लाई।
door | उसने दरवाज़े खोले।
window | उसने खिड़कियाँ खोलीं।
mountain | वे पहाड़ों को पार कर गए।
rock | वह चट्टान पर बैठ गया।
sun | सूरज चमक रहा था।
moon | वे चाँद को देख रहे थे।
star | वे तारे गिन रहे थे।
bird | चिड़ियाँ गा रही थीं।
coin | उसे सोने के तीन सिक्के मिले।
bucket | वह दो बाल्टियाँ पानी लाया।
shoe | उसने जूते उतारे।
wood | वह जंगल से लकड़ियाँ लाया।
tree | पेड़ों के नीचे छाया थी।
pine_tree | वे चीड़ के पेड़ों के बीच चले।
palm_tree | वे ताड़ के पेड़ के नीचे बैठे।
leaf | पत्ते गिर रहे थे।
flower | लड़की ने फूल तोड़े।
crown | राजा का मुकुट खो गया।
clock | घड़ी ने बारह बजाए।
coffee | उन्होंने कॉफ़ी पी।
tea | दादी ने चाय बनाई।
gloves | उसने दस्ताने पहने।
coat | उसने कोट टाँगा।
shirt | उसने कमीज़ें धोईं।
hat | उसने टोपी पहनी।
chicken | मुर्गियाँ दाना चुग रही थीं।
crow | एक कौआ दीवार पर बैठा।
cow | उसने गायों को दुहा।
donkey | उन्होंने गधों पर बोझ लादा।
horse | घोड़े दौड़ रहे थे।
flute | ग्वाला बाँसुरी बजा रहा था।
hut | वे एक झोंपड़ी में रहते थे।
parrot | तोते शोर मचा रहे थे।
sword | उसने तलवार निकाली।
ring | उसने उसे अँगूठी दी।
book | वह पुरानी किताबें पढ़ता था।
car | गाड़ियाँ तेज़ चल रही थीं।
telephone | फ़ोन बजा।
letter | उसने माँ को चिट्ठियाँ लिखीं।
suitcase | उसने सूटकेस बाँधा।
computer | उसने कंप्यूटर चालू किया।
soup | उन्होंने गरम सूप पिया।
bread/flatbread | उसने रोटियाँ बनाईं।
cake | माँ ने केक बनाया।
potato | वह आलू छील रहा था।
hot_pepper | उसने मिर्चें डालीं।
chain | उसने ज़ंजीरें तोड़ दीं।
snowflake | हिमकण गिर रहे थे।
lightning | आसमान में बिजली चमकी।
bowl | उसने कटोरियाँ धोईं।
spoon | उसने चम्मच मेज़ पर रखे।
knife | उसने चाकू तेज़ किया।
lamp | उसने दीया जलाया।
boat | नावें किनारे लौट रही थीं।
bed | वह पलंग पर लेट गया।
chair | वह दो कुर्सियाँ लाया।
"""
_TA = """
milk | குழந்தைகள் பால் குடித்தனர்.
jug | அவள் குடத்தில் தண்ணீர் எடுத்தாள்.
basket | அவள் கூடையில் பழங்களைக் கொண்டு வந்தாள்.
door | அவன் கதவைத் திறந்தான்.
window | அவள் ஜன்னலைத் திறந்தாள்.
mountain | அவர்கள் மலைகளைக் கடந்தனர்.
rock | அவன் பாறையின் மேல் அமர்ந்தான்.
sun | சூரியன் பிரகாசித்தது.
moon | அவர்கள் நிலாவைப் பார்த்தனர்.
star | அவர்கள் நட்சத்திரங்களை எண்ணினர்.
bird | பறவைகள் பாடின.
coin | அவனுக்கு மூன்று தங்க நாணயங்கள் கிடைத்தன.
bucket | அவன் வாளியில் தண்ணீர் கொண்டு வந்தான்.
shoe | அவன் காலணிகளைக் கழற்றினான்.
wood | அவன் விறகுகளைச் சேகரித்தான்.
tree | மரங்கள் உயரமாக இருந்தன.
pine_tree | அவர்கள் பைன் மரங்களின் நடுவே நடந்தனர்.
palm_tree | அவர்கள் பனைமரத்தின் கீழ் ஓய்வெடுத்தனர்.
leaf | இலைகள் உதிர்ந்தன.
flower | சிறுமி பூக்களைப் பறித்தாள்.
crown | அரசன் கிரீடத்தை இழந்தான்.
clock | கடிகாரம் பன்னிரண்டு அடித்தது.
coffee | அவர்கள் காபி குடித்தனர்.
tea | பாட்டி தேநீர் தயாரித்தாள்.
gloves | அவன் கையுறைகளை அணிந்தான்.
coat | அவன் மேலங்கியை மாட்டினான்.
shirt | அவள் சட்டைகளைத் துவைத்தாள்.
hat | அவன் தொப்பி அணிந்திருந்தான்.
chicken | கோழிகள் தானியத்தைக் கொத்தின.
crow | ஒரு காகம் சுவரில் அமர்ந்தது.
cow | பசுக்கள் புல் மேய்ந்தன.
donkey | அவர்கள் கழுதைகளின் மேல் சுமை ஏற்றினர்.
horse | குதிரைகள் ஓடின.
flute | இடையன் புல்லாங்குழல் வாசித்தான்.
hut | அவர்கள் ஒரு குடிசையில் வாழ்ந்தனர்.
parrot | கிளிகள் கத்தின.
sword | அவன் வாளை உருவினான்.
ring | அவன் அவளுக்கு ஒரு மோதிரம் கொடுத்தான்.
book | அவன் பழைய புத்தகங்களைப் படித்தான்.
car | கார்கள் வேகமாகச் சென்றன.
telephone | தொலைபேசி ஒலித்தது.
letter | அவன் அம்மாவுக்குக் கடிதங்கள் எழுதினான்.
suitcase | அவள் சூட்கேஸைக் கட்டினாள்.
computer | அவன் கணினியை இயக்கினான்.
soup | அவர்கள் சூடான சூப் குடித்தனர்.
bread | அவன் ரொட்டி வாங்கினான்.
cake | அம்மா கேக் செய்தாள்.
potato | அவன் உருளைக்கிழங்குகளை உரித்தான்.
hot_pepper | அவள் மிளகாய்களைச் சேர்த்தாள்.
chain | அவன் சங்கிலிகளை உடைத்தான்.
snowflake | பனிச்செதில்கள் விழுந்தன.
lightning | வானில் மின்னல் வெட்டியது.
bowl | அவள் கிண்ணங்களைக் கழுவினாள்.
spoon | அவன் கரண்டிகளை மேசையில் வைத்தான்.
knife | அவன் கத்தியைத் தீட்டினான்.
lamp | அவள் விளக்கை ஏற்றினாள்.
boat | படகுகள் கரைக்குத் திரும்பின.
bed | அவன் கட்டிலில் படுத்தான்.
chair | அவன் இரண்டு நாற்காலிகளைக் கொண்டு வந்தான்.
"""
_BN = """
milk | শিশুরা দুধ খেল।
jug | সে কলসিতে জল ভরল।
basket | সে ঝুড়িতে ফল আনল।
door | সে দরজাটা খুলল।
window | সে জানালাগুলো খুলল।
mountain | তারা পাহাড় পেরিয়ে গেল।
rock | সে পাথরের উপর বসল।
sun | সূর্য উঠল।
moon | তারা চাঁদের দিকে তাকাল।
star | তারাগুলো ঝিকমিক করছিল।
bird | পাখিরা গান গাইছিল।
coin | সে তিনটে সোনার মুদ্রা পেল।
bucket | সে বালতিতে জল আনল।
shoe | সে জুতো খুলল।
wood | সে কাঠ কুড়িয়ে আনল।
tree | গাছগুলো খুব উঁচু ছিল।
pine_tree | তারা পাইন গাছের মধ্যে দিয়ে হাঁটল।
palm_tree | তারা তালগাছের নিচে বসল।
leaf | পাতাগুলো ঝরে পড়ছিল।
flower | মেয়েটি ফুল তুলল।
crown | রাজা মুকুট হারালেন।
clock | ঘড়িতে বারোটা বাজল।
coffee | তারা কফি খেল।
tea | দিদিমা চা বানালেন।
gloves | সে দস্তানা পরল।
coat | সে কোটটা ঝুলিয়ে রাখল।
shirt | সে জামাগুলো ধুল।
hat | সে টুপি পরেছিল।
chicken | মুরগিগুলো দানা খুঁটছিল।
crow | একটা কাক দেওয়ালে বসল।
cow | গরুগুলো ঘাস খাচ্ছিল।
donkey | তারা গাধার পিঠে বোঝা চাপাল।
horse | ঘোড়াগুলো ছুটছিল।
flute | রাখাল বাঁশি বাজাচ্ছিল।
hut | তারা একটা কুঁড়েঘরে থাকত।
parrot | টিয়াপাখিটা চেঁচাল।
sword | সে তলোয়ার বের করল।
ring | সে তাকে একটা আংটি দিল।
book | সে পুরোনো বইগুলো পড়ত।
car | গাড়িগুলো জোরে চলছিল।
telephone | ফোনটা বেজে উঠল।
letter | সে মাকে চিঠি লিখল।
suitcase | সে সুটকেস গোছাল।
computer | সে কম্পিউটার চালু করল।
soup | তারা গরম স্যুপ খেল।
bread/flatbread | সে রুটি কিনল।
cake | মা কেক বানালেন।
potato | সে আলু ছাড়াচ্ছিল।
hot_pepper | সে লঙ্কা দিল।
chain | সে শিকল ভেঙে ফেলল।
snowflake | তুষারকণা ঝরছিল।
lightning | আকাশে বিদ্যুৎ চমকাল।
bowl | সে বাটিগুলো ধুল।
spoon | সে চামচগুলো ধুয়ে রাখল।
knife | সে ছুরিতে শান দিল।
lamp | সে প্রদীপ জ্বালাল।
boat | নৌকাগুলো ঘাটে ফিরছিল।
bed | সে খাটে শুয়ে পড়ল।
chair | সে দুটো চেয়ার আনল।
"""
_EN = """
milk | The children drank their milk.
jug | She filled the jugs with water.
basket | She carried the eggs in baskets.
door | They knocked on the doors.
window | He opened the windows.
mountain | They crossed the mountains.
rock | He sat on the rocks.
sun | The sun was shining.
moon | They looked at the moon.
star | They counted the stars.
bird | The little birds were singing.
coin | He found three gold coins.
bucket | He carried two buckets of water.
shoe | He took off his shoes.
wood | He gathered firewood for the stove.
tree | The trees were tall.
pine_tree | They walked among the pines.
palm_tree | They rested under the palms.
leaf | The leaves were falling.
flower | The girl picked flowers.
crown | The king lost his crown.
clock | The clock struck twelve.
coffee | They drank coffee.
tea | Grandmother made tea.
gloves | He put on his gloves.
coat | He hung up his coat.
shirt | She ironed the shirts.
hat | He wore a straw hat.
chicken | The hens pecked at the grain.
crow | A crow sat on the fence.
cow | She milked the cows.
donkey | They loaded the donkeys.
horse | The horses galloped.
flute | He played the flute.
hut | They lived in a hut.
parrot | The parrots screeched.
sword | He drew his sword.
ring | He gave her a silver ring.
book | He read old books.
car | The cars drove fast.
telephone | The telephone rang.
letter | He wrote letters to his mother.
suitcase | She packed her suitcases.
computer | He switched on the computer.
soup | They ate hot soup.
bread | He bought a loaf of bread.
cake | She baked a cake.
potato | He peeled the potatoes.
hot_pepper | She added chillies to the stew.
chain | He broke his chains.
snowflake | Snowflakes were falling.
lightning | A flash of lightning lit the sky.
bowl | She washed the bowls.
spoon | He laid out the spoons.
knife | He sharpened his knife.
lamp | He lit the lamp.
boat | The boats came back.
bed | He lay down on his bed.
chair | He brought two chairs.
"""

_SENTENCES = {
    "es": _ES,
    "it": _IT,
    "pt": _PT,
    "fr": _FR,
    "de": _DE,
    "ru": _RU,
    "ja": _JA,
    "zh": _ZH,
    "hi": _HI,
    "ta": _TA,
    "bn": _BN,
    "en": _EN,
}
# what is not read yet: a compound whose head is shorter than a joined compound's head may be (Strohhut),
# a compound name inflected inside (பைன் மரங்களின்), Chinese verse where ICU's dictionary joins a
# one-character noun to the verb or the word beside it (砍柴, 拔剑, 松下, 花落, 孤舟), and a two-letter
# word whose every ending is another word too (Bengali চা, tea; চাই, want)
_NOT_YET = {
    ("de", "hat"),
    ("ta", "pine_tree"),
    ("zh", "wood"),
    ("zh", "pine_tree"),
    ("zh", "flower"),
    ("zh", "sword"),
    ("zh", "boat"),
    ("bn", "tea"),
}


def _cases() -> list[tuple[str, str, str]]:
    out = []
    for language, block in _SENTENCES.items():
        for row in block.strip().splitlines():
            keys, sentence = row.split(" | ")
            out.append((language, keys, sentence))
    return out


def test_every_key_is_a_drawable_thing() -> None:
    for _, keys, _ in _cases():
        assert set(keys.split("/")) & set(vocabulary.THINGS), keys


@pytest.mark.parametrize(("language", "keys", "sentence"), _cases())
def test_a_thing_is_found_in_running_text(language: str, keys: str, sentence: str) -> None:
    found = {m.key for m in vocabulary.things(language).find(sentence)}
    named = bool(found & set(keys.split("/")))
    if (language, keys) in _NOT_YET and not named:
        pytest.xfail("not read yet")
    assert named, (sentence, sorted(found))


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The phone rings.", "ring"),  # a verb after its subject
        ("She leaves the room.", "leaf"),
        ("He keys in the code.", "key"),
        ("It will rock.", "rock"),  # after a modal
        ("Eagle, this is Houston.", "eagle"),  # a call sign spoken to
        ("Roger, Falcon.", "falcon"),
        ("Grandmother made tea.", "coffee"),  # tea is not coffee
        ("He found three gold coins.", "money"),  # coins are coins
    ],
)
def test_a_word_that_is_not_the_thing(sentence: str, key: str) -> None:
    assert key not in {m.key for m in vocabulary.things("en").find(sentence)}


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The eagle flew over the hills.", "eagle"),
        ("He rang the bell and gave her a ring.", "ring"),
        ("The leaves fell from the tree.", "leaf"),
        ("They went to bed.", "bed"),
    ],
)
def test_the_thing_itself_is_still_found(sentence: str, key: str) -> None:
    assert key in {m.key for m in vocabulary.things("en").find(sentence)}


@pytest.mark.parametrize(
    ("language", "sentence", "key"),
    [
        ("ru", "Бабушка налила чаю.", "coffee"),
        ("zh", "奶奶泡了一壶茶。", "coffee"),
        ("ja", "おちゃをいれました。", "coffee"),
        ("ja", "おばあさんははなしました。", "flower"),  # はな inside はなしました (spoke)
        ("zh", "他相信她。", "letter"),  # 信 inside 相信 (believe)
        ("pt", "A menina colheu flores.", "spoon"),  # colheu (harvested), a form of colher, a verb
        ("ru", "Она мыла миски.", "soap"),  # мыла: she washed, after the pronoun a past verb
        ("ru", "Они ели суп.", "pine_tree"),  # ели: they ate
        ("pt", "As árvores eram altas.", "lightning"),  # high, not high voltage
        ("es", "Te lo dije.", "tea"),  # te (you) is not té
    ],
)
def test_not_another_thing_in_other_languages(language: str, sentence: str, key: str) -> None:
    assert key not in {m.key for m in vocabulary.things(language).find(sentence)}


def test_an_animal_that_acts_is_a_character_not_a_thing() -> None:
    board = parse_script('The Cat said to the Owl, "Let us sail away." The Owl looked at the moon.', filename="owl.txt")
    keys = {t.key for scene in board.scenes for t in scene.things}
    assert "moon" in keys and not keys & {"cat", "owl"}


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("es", "Los patitos nadaban.", "duck"),  # a diminutive's noun: pato
        ("it", "Il gattino dormiva.", "cat"),
        ("pt", "Os passarinhos cantavam.", "bird"),
        ("ta", "பூக்களைப் பறித்தாள்.", "flower"),  # a plural and a case: பூ -> பூக்களை
        ("ta", "மரங்களின் நிழலில் அமர்ந்தான்.", "tree"),  # மரம் -> மரங்களின்
        ("ja", "ほんをよみました。", "book"),  # kana between particles, which MeCab reads as a pronoun
        ("zh", "他写了一封信。", "letter"),  # a number and a measure word before it
        ("hi", "चिड़ियाँ उड़ गईं।", "bird"),  # the plural adds only the chandrabindu
        ("hi", "मुर्गियाँ दाना चुग रही थीं।", "chicken"),  # hens (मुर्गी), not a cock (मुर्गा): both stem मुर्ग
    ],
)
def test_an_inflected_form_is_read_as_its_noun(language: str, text: str, key: str) -> None:
    assert key in {m.key for m in vocabulary.things(language).find(text)}


def test_a_call_sign_in_a_screenplay_is_no_animal() -> None:
    script = "INT. MISSION CONTROL - NIGHT\n\nCAPCOM\nEagle, this is Houston. Roger, Falcon.\n\nFLIGHT\nThe clock is running.\n"
    board = parse_script(script, filename="landing.fountain")
    keys = {t.key for scene in board.scenes for t in scene.things}
    assert "clock" in keys and "eagle" not in keys


# -- the words of folk tales, classics and verse: older, literary and honorific forms ---------------------

# language | thing | a sentence as a folk tale, a classic novel or a verse has it
_OLDER = """
ja | sun | お日さまがにこにこわらっていました。
ja | moon | お月さまがでました。
ja | star | お星さまがひかっていました。
ja | bowl | お椀に汁をよそいました。
ja | rice_ball | おにぎりをみっつにぎりました。
ja | shinto_shrine | お宮におまいりしました。
ja | potato | お芋をほりました。
ja | shoe | 草履をはいて出かけました。
ja | shoe | ぞうりをはきました。
ja | shoe | わらじをあみました。
ja | shoe | 下駄をはいて歩きました。
ja | bucket | おけに水をくみました。
ja | bucket | 手桶をさげて井戸へ行きました。
ja | wood | 山へ柴を刈りに行きました。
ja | wood | しばをせおってかえりました。
ja | wood | おじいさんは山へしばかりに、おばあさんは川へせんたくに行きました。
ja | basket | びくに魚を入れました。
ja | basket | ざるに豆をあけました。
ja | potato | いもをほりました。
ja | potato | さつまいもをやきました。
ja | snowflake | 雪がしんしんと降りました。
ja | snowflake | ゆきがふってきました。
ja | pine_tree | まつの木の下で休みました。
zh | coin | 便排出九文大钱。
zh | coin | 他只剩下四文了。
zh | basket | 箕畚运于渤海之尾。
zh | basket | 以箕盛土。
zh | basket | 他挑着两只竹筐。
zh | basket | 她挎着篮去采桑。
zh | rock | 且焉置土石？
zh | rock | 叩石垦壤。
zh | rock | 山上多岩。
zh | rock | 他搬开一块石头。
bn | cow | গাভীটি ঘাস খাচ্ছিল।
bn | cow | ধেনুগুলি মাঠে চরছিল।
bn | palm_tree | তালগাছটি একপায়ে দাঁড়িয়ে।
bn | palm_tree | তাল গাছের মাথায় বাবুই পাখির বাসা।
bn | parrot | শুকপাখিটি কথা বলে।
bn | parrot | শুক সারি গান গায়।
bn | parrot | টিয়াটা খাঁচায় বসে ছিল।
hi | flower | बाग में सुमन खिले थे।
hi | flower | पुष्पों की माला गूँथी।
hi | ring | राम ने मुद्रिका दी।
hi | ring | मुँदरी सीता को दी।
hi | bucket | कठौता भर जल लाया।
hi | bucket | कठवता में पाँव धोए।
ta | crow | காகம் கரைந்தது.
ta | crow | காக்கைகள் பறந்தன.
ta | bird | பறவைகள் பாடின.
ta | bird | புள் ஒலித்தது.
it | basket | Portava un paniere di uova.
it | basket | Mise il pane nel canestro.
it | door | Bussò all'uscio.
it | door | Stava sull'uscio di casa.
pt | donkey | Montou no burrico.
pt | donkey | O jerico zurrou.
pt | mountain | Subiram a serra.
pt | mountain | Subiram ao monte.
es | chain | Llevaba una cadena de hierro.
es | mountain | Se perdió en el monte.
es | mountain | Cruzaron los montes.
es | sun | Ya el Sol se ponía tras los montes.
ru | coat | Старик снял тулуп.
ru | coat | Солдат в шинели стоял у ворот.
ru | coat | Он был во фраке.
"""


def _older_cases() -> list[tuple[str, str, str]]:
    out = []
    for row in _OLDER.strip().splitlines():
        language, key, sentence = (part.strip() for part in row.split("|"))
        out.append((language, key, sentence))
    return out


@pytest.mark.parametrize(("language", "key", "sentence"), _older_cases())
def test_an_older_or_literary_word_names_its_thing(language: str, key: str, sentence: str) -> None:
    assert key in {m.key for m in vocabulary.things(language).find(sentence)}, sentence


@pytest.mark.parametrize(
    ("language", "sentence", "key"),
    [
        ("ja", "山へゆき、川をわたりました。", "snowflake"),  # ゆき, going (行き), a verb
        ("ja", "ねずみはにげた。", "shoe"),  # no geta inside にげた (ran away)
        ("ja", "少しばかりのお金をもらいました。", "wood"),  # no brushwood inside 少しばかり (a little)
        ("ja", "日曜日にでかけた。", "sun"),  # 日 is a day; the sun only with its honorifics
        ("ja", "芋虫がいました。", "potato"),  # a caterpillar
        ("zh", "三文鱼很好吃。", "coin"),  # salmon, no wen
        ("zh", "他写了一篇中文作文。", "coin"),
        ("zh", "石油价格上涨了。", "rock"),  # 石 inside a word
        ("pt", "Ele comprou um monte de coisas.", "mountain"),  # a heap: a lot of things
        ("es", "Había un monte de basura.", "mountain"),
        ("bn", "কাপড়গুলো শুকনো ছিল।", "parrot"),  # শুকনো, dry
        ("ta", "அவன் புள்ளிகளை எண்ணினான்.", "bird"),  # புள்ளி, a dot
    ],
)
def test_an_older_word_is_not_found_inside_another(language: str, sentence: str, key: str) -> None:
    assert key not in {m.key for m in vocabulary.things(language).find(sentence)}


@pytest.mark.parametrize(
    ("language", "sentence", "key"),
    [
        ("it", "Riempirono i panieri e i canestri.", "basket"),  # Italian plurals
        ("it", "Sugli usci delle case.", "door"),
        ("pt", "Os jericos subiam as serras.", "mountain"),  # serras after its article, not "you saw"
        ("pt", "Os burricos pastavam.", "donkey"),
        ("es", "Los montes estaban nevados.", "mountain"),
        ("ru", "Он ходил в тулупе.", "coat"),  # cases
        ("ru", "Он укрылся шинелью.", "coat"),
        ("hi", "सुमनों की माला बनाई।", "flower"),  # the oblique plural
        ("hi", "कठौते में जल भरा।", "bucket"),
        ("bn", "গাভীর দুধ মিষ্টি।", "cow"),  # the genitive
        ("ta", "பறவையின் குரல் இனிது.", "bird"),
        ("zh", "他只有几文钱。", "coin"),
    ],
)
def test_an_older_word_is_found_with_its_endings(language: str, sentence: str, key: str) -> None:
    assert key in {m.key for m in vocabulary.things(language).find(sentence)}


def test_the_verb_a_plural_noun_spells_is_still_no_thing() -> None:
    assert "mountain" not in {m.key for m in vocabulary.things("pt").find("Tu serras a madeira.")}


def test_a_thing_inside_a_characters_chinese_name_is_no_thing() -> None:
    board = parse_script("石秀走进酒店。石秀说：“拿酒来。”", filename="shixiu.zh.txt")
    assert "石秀" in {c.name for c in board.characters}
    assert "rock" not in {t.key for scene in board.scenes for t in scene.things}


def test_a_thing_a_japanese_characters_name_spells_is_no_thing() -> None:
    board = parse_script("ゆきは山へいきました。ゆきは「こんにちは」といいました。", filename="yuki.ja.txt")
    assert "snowflake" not in {t.key for scene in board.scenes for t in scene.things}
